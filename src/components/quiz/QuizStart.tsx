/**
 * The quiz island as the page starts it: the first question, drawn from
 * server-rendered props, with no quiz engine. The engine (QuizApp with
 * XState, the rules, the flow and the answer codec) loads once the page is
 * idle, so the first answer finds it there (issue 25: no step over 50 ms,
 * the first included); sooner on a sign of use (a pointer or focus inside
 * the quiz), and at once when the address has something to restore
 * (answers, a return path, a history entry). An answer given before it
 * arrives waits for it, with a visible and announced loading line, and an
 * error with a retry if the code cannot be fetched (a real new request, or
 * a reload that keeps the answer: src/components/lazy/load-chunk.ts).
 * tests/unit/budgets.test.ts holds what /quiz/ runs before that.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { QuestionDef, QuestionId } from '../../quiz/questions.ts';
import type { QuizWords } from '../../quiz/question-text.ts';
import type { QuizAppProps } from './QuizApp.tsx';
import { Progress } from './Progress.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { announce } from '../live-region/announce.ts';
import { lazyChunk, whenIdle, needsReload } from '../lazy/load-chunk.ts';
import quizAppUrl from './QuizApp.tsx?chunk-url';

type App = FunctionComponent<QuizAppProps>;

/** The engine's chunk: a failed load is retried under a fresh address (load-chunk.ts). */
const loadEngine = lazyChunk(() => import('./QuizApp.tsx'), quizAppUrl);
let loaded: App | null = null;
function loadApp(): Promise<App> {
  return loadEngine().then((m) => (loaded = m.default));
}

/**
 * Loads the engine and, in an idle moment of its own, readies it for the
 * first answer (QuizApp's prepare). A failed load is left for the first
 * answer, whose own call of the loader tries again under a fresh address.
 */
function loadAndPrepare(): void {
  loadEngine().then(
    (m) => {
      loaded = m.default;
      whenIdle(m.prepare, IDLE_TIMEOUT);
    },
    () => undefined,
  );
}

/** Where the first answer waits in the history entry while the page reloads (see reloadKeeping). */
const PENDING_ANSWER = 'quizPendingAnswer';

/**
 * When only a reload can load the engine (its own imports failed too), the
 * page reloads with the first answer kept in this history entry's state,
 * and the reloaded quiz takes it up as if it had just been given.
 */
function reloadKeeping(answer: string | undefined): void {
  if (answer !== undefined) history.replaceState({ ...(history.state as object | null), [PENDING_ANSWER]: answer }, '');
  location.reload();
}

/** The first answer a reload kept, removed from the history entry as it is read. */
function takePendingAnswer(): string | undefined {
  const { [PENDING_ANSWER]: answer, ...rest } = (history.state ?? {}) as Record<string, unknown>;
  if (typeof answer !== 'string') return undefined;
  history.replaceState(Object.keys(rest).length > 0 ? rest : null, '');
  return answer;
}

/** Signs that the user is about to answer: fetch the engine now if the page has not been idle yet. */
const INTENT = ['pointerover', 'focusin', 'touchstart'] as const;
/** The longest the engine waits for an idle moment (ms): by then a reader is still reading the first question. */
const IDLE_TIMEOUT = 2000;

interface Props {
  /** The first question's words. */
  words: QuizWords;
  /** The first question's data (server-rendered, so questions.ts stays out of the start-up code). */
  first: QuestionDef & { readonly id: QuestionId };
  /** How many questions the quiz has at most. */
  total: number;
  /** The decision map's address (src/quiz/routes.ts), passed in so the routes module stays out of the start-up code. */
  mapHref: string;
}

export default function QuizStart({ words, first, total, mapHref }: Props) {
  const [app, setApp] = useState<App | null>(null);
  /** Set when the engine must take over: an answer was given, or the address has state to restore. */
  const [handOver, setHandOver] = useState<{ answer?: string } | null>(null);
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  function take(over: { answer?: string }): void {
    setFailed(false);
    setHandOver(over);
    if (loaded !== null) {
      setApp(() => loaded);
      return;
    }
    if (over.answer !== undefined) announce('Loading the next question…');
    loadApp().then(
      (app) => setApp(() => app),
      (error: unknown) => (needsReload(error) ? reloadKeeping(over.answer) : setFailed(true)),
    );
  }

  useEffect(() => {
    const pendingAnswer = takePendingAnswer();
    const restoring = location.search !== '' || (history.state as { quiz?: boolean } | null)?.quiz === true;
    if (pendingAnswer !== undefined && first.options.some((o) => o.value === pendingAnswer)) take({ answer: pendingAnswer });
    else if (restoring) take({});
    // Until the engine is here, a pick could not be taken further than this screen.
    else setReady(true);
    const prefetch = () => void loadApp().catch(() => undefined);
    const cancelIdle = whenIdle(loadAndPrepare, IDLE_TIMEOUT);
    const el = root.current;
    for (const type of INTENT) el?.addEventListener(type, prefetch, { once: true, passive: true });
    // Back or forward to an entry the engine wrote (after a reload on /quiz/).
    const onPop = () => take({});
    addEventListener('popstate', onPop);
    return () => {
      cancelIdle();
      for (const type of INTENT) el?.removeEventListener(type, prefetch);
      removeEventListener('popstate', onPop);
    };
  }, []);

  if (app !== null && handOver !== null) {
    const QuizApp = app;
    return <QuizApp firstAnswer={handOver.answer} />;
  }

  const waiting = handOver?.answer !== undefined;
  return (
    <div class="quiz" ref={root} aria-busy={waiting && !failed ? 'true' : undefined}>
      <Progress position={1} total={total} />
      <QuestionStep
        question={first}
        words={words}
        selected={handOver?.answer}
        canGoBack={false}
        ready={ready && !waiting}
        focusOnMount={false}
        announcement=""
        onAnswer={(answer) => take({ answer })}
        onBack={() => undefined}
        onRestart={() => undefined}
      />
      {waiting && !failed && (
        <p class="quiz-loading">Loading the next question…</p>
      )}
      {failed && (
        <div class="quiz-notice" role="alert">
          <p>
            <strong>The next step of the quiz could not be loaded.</strong> Check the connection and try again, or follow the
            same questions on the <a href={mapHref}>decision map</a>.
          </p>
          <button type="button" class="button" onClick={() => take(handOver ?? {})}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}
