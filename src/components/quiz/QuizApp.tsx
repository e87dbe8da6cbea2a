/**
 * The quiz island. It renders the machine's current screen and sends it the
 * user's events; the URL (?a=) mirrors the answers after every step so
 * back/forward, reloads and pasted links land on the same screen. A
 * finished quiz moves to its static result page, which carries the answers.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { QUESTIONS, QUESTION_ORDER, isQuestionId, setAnswer, type Answers, type QuestionId } from '../../quiz/questions.ts';
import { walk } from '../../quiz/flow.ts';
import { restore } from '../../quiz/replay.ts';
import { isOutcomeId } from '../../quiz/outcomes.ts';
import { freshActor, useQuizActor, type QuizActor } from './use-quiz-actor.ts';
import { QUIZ_PATH, quizHref, readAnswersParam, resultHref } from '../../quiz/routes.ts';
import { Progress } from './Progress.tsx';
import { quizWords, type QuizWords } from '../../quiz/question-text.ts';
import { QuestionStep } from './QuestionStep.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { RestoreNotice } from './RestoreNotice.tsx';
import { keepReturn, readReturn, returnHref } from './return-to.ts';
import { whenIdle } from '../lazy/load-chunk.ts';

/** One actor, fed the answers in a URL (it stays on review, never throws). */
function actorFromUrl(search: string): { actor: QuizActor; message: string | null } {
  const actor = freshActor();
  const restored = restore(readAnswersParam(search), { confirm: false, actor });
  return { actor, message: restored.message };
}

/** An actor started ahead of the first answer (see prepare). */
let spare: QuizActor | null = null;

/**
 * Work the first answer would otherwise do on its click, done while the
 * page is idle before it (QuizStart calls this once the engine has loaded):
 * the actor the answer goes to, started, and each first answer's path
 * worked out (flow.ts keeps recent walks), which also runs the machine's
 * and the rules' code once so the click does not meet it cold.
 */
export function prepare(): void {
  if (spare !== null) return;
  spare = freshActor();
  const first = QUESTION_ORDER[0] as QuestionId;
  for (const option of QUESTIONS[first].options) {
    const trial = freshActor();
    trial.send({ type: 'ANSWER', value: option.value });
    walk(trial.getSnapshot().context.answers);
    trial.stop();
  }
}

/** A fresh actor, past the first question when the start screen already took its answer. */
function startActor(firstAnswer: string | undefined): QuizActor {
  const actor = spare ?? freshActor();
  spare = null;
  if (firstAnswer !== undefined) actor.send({ type: 'ANSWER', value: firstAnswer });
  return actor;
}

/**
 * Works out, while the reader is still on this step, where the answer just
 * picked leads: the Next click then finds the path known (flow.ts keeps
 * recent walks) instead of exploring it on the click.
 */
function foresee(answers: Answers, question: QuestionId, value: string): () => void {
  return whenIdle(() => void walk(setAnswer(answers, question, value)), FORESEE_TIMEOUT);
}

/** A question's words, built once per question (they never change while the page is open). */
const WORDS = new Map<QuestionId, QuizWords>();
function wordsOf(question: QuestionId): QuizWords {
  let words = WORDS.get(question);
  if (words === undefined) WORDS.set(question, (words = quizWords(question)));
  return words;
}

/** The longest the path of a picked answer waits for an idle moment (ms): a reader takes longer to press Next. */
const FORESEE_TIMEOUT = 100;

/** The longest a step's history entry waits for an idle moment (ms). */
const HISTORY_TIMEOUT = 500;

export interface QuizAppProps {
  /** The answer to the first question, given on QuizStart's screen before this code loaded. */
  firstAnswer?: string;
}

export default function QuizApp({ firstAnswer }: QuizAppProps) {
  const { actor, snapshot, setActor } = useQuizActor(() => startActor(firstAnswer));
  const [notice, setNotice] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [ready, setReady] = useState(false);
  /** False until the user acts: steps shown on page load must not take focus. */
  const [interacted, setInteracted] = useState(firstAnswer !== undefined);
  /** Set when the quiz was opened from a system assessment (see return-to.ts). */
  const [ret, setRet] = useState<string | null>(null);

  /**
   * History entries owed for steps taken: written once the page is idle
   * after the next screen is painted, so the click that answers a question
   * does not also wait for pushState and the answer code (together about
   * 3 ms of main thread per step on this machine, 12 ms at 4× slowdown,
   * more than the step itself), nor does an option clicked just after.
   */
  const owed = useRef<{ before: Answers; after: Answers; edit: boolean }[]>([]);
  /** Cancels the pending foresee() of the last pick. */
  const foreseen = useRef<(() => void) | null>(null);

  const screen = String(snapshot.value);
  const answers = snapshot.context.answers;
  const path = walk(answers);

  // Restore from the URL on load, and on back/forward.
  useEffect(() => {
    const load = (initial: boolean) => {
      // Back or forward decides the address now; entries not yet written belong to the screen being left.
      owed.current.length = 0;
      const back = readReturn(location.search);
      setRet(back);
      const { actor: next, message } = actorFromUrl(location.search);
      setNotice(message);
      setActor(next);
      if (!initial) setInteracted(true);
      if (initial && message) {
        // Normalise the address to what was actually restored.
        history.replaceState({ quiz: true }, '', keepReturn(quizHref(next.getSnapshot().context.answers), back));
      }
    };
    // After a first answer the address has nothing to restore: it gains the answer, as step() would add it (once idle).
    if (firstAnswer === undefined) load(true);
    else owed.current.push({ before: {}, after: actor.getSnapshot().context.answers, edit: false });
    setReady(true);
    const onPop = () => load(false);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // A final state: go to the result page for this outcome.
  useEffect(() => {
    if (snapshot.status !== 'done' || !isOutcomeId(screen)) return;
    setLeaving(true);
    location.assign(ret !== null ? returnHref(ret, answers) : resultHref(screen, answers));
  }, [snapshot]);

  function position(q: QuestionId): number {
    return path.asked.filter((a) => QUESTION_ORDER.indexOf(a) < QUESTION_ORDER.indexOf(q)).length + 1;
  }
  const at = isQuestionId(screen) ? position(screen) : 0;

  /** Writes the history entries owed, oldest first; one per step that changed the answers (or opened an edit). */
  function settleHistory(): void {
    for (const { before, after, edit } of owed.current.splice(0)) {
      const href = quizHref(after);
      if (href !== quizHref(before) || edit) history.pushState({ quiz: true }, '', keepReturn(href, ret));
    }
  }
  useEffect(() => {
    // After the effects that move focus, when the page is idle: the address
    // is the least urgent work of a step. Back (ours or the browser's) and
    // Start over write what is owed first (settleHistory, load).
    return whenIdle(settleHistory, HISTORY_TIMEOUT);
  }, [snapshot]);

  /** Send an event; if it changed the answers, a history entry follows once the next screen is painted. */
  function step(event: Parameters<QuizActor['send']>[0]): void {
    const before = actor.getSnapshot().context.answers;
    setInteracted(true);
    setNotice(null);
    actor.send(event);
    const after = actor.getSnapshot();
    if (after.status === 'done') return;
    owed.current.push({ before, after: after.context.answers, edit: event.type === 'EDIT' });
  }

  function back(): void {
    // history.back() must see every entry the earlier steps owe.
    settleHistory();
    // Entries this island pushed are undone by the browser, so the Back
    // button and the browser's back button always agree.
    if ((history.state as { quiz?: boolean } | null)?.quiz) history.back();
    else step({ type: 'BACK' });
  }

  function restart(): void {
    settleHistory();
    setInteracted(true);
    setNotice(null);
    setActor(freshActor());
    history.pushState({ quiz: true }, '', keepReturn(QUIZ_PATH, ret));
  }

  if (leaving) {
    return (
      <div class="quiz" aria-busy="true">
        <p class="quiz-leaving">{ret !== null ? 'Going back to the assessment…' : 'Opening your recommendation…'}</p>
      </div>
    );
  }

  return (
    // data-started: the page folds its introduction away on phones once the quiz is under way.
    <div class="quiz" data-started={path.asked.length > 0 || screen !== QUESTION_ORDER[0] ? '' : undefined}>
      {ret !== null && (
        <p class="quiz-return">
          You are answering for one workload of a system assessment; the last step takes you back to it.{' '}
          <a href={ret}>Back to the assessment without these answers</a>
        </p>
      )}
      {notice && <RestoreNotice message={notice} onDismiss={() => setNotice(null)} />}
      {isQuestionId(screen) && (
        <>
          <Progress position={at} total={QUESTION_ORDER.length} />
          <QuestionStep
            // No key: one QuestionStep updates its DOM from question to question (issue 25); `step` starts its state and focus afresh.
            step={`${screen}:${answers[screen] ?? ''}`}
            question={QUESTIONS[screen]}
            words={wordsOf(screen)}
            selected={answers[screen]}
            canGoBack={snapshot.can({ type: 'BACK' })}
            ready={ready}
            focusOnMount={interacted}
            announcement={`Question ${at} of up to ${QUESTION_ORDER.length}: ${wordsOf(screen).text}`}
            onPick={(value) => {
              foreseen.current?.();
              foreseen.current = foresee(answers, screen, value);
            }}
            onAnswer={(value) => step({ type: 'ANSWER', value })}
            onBack={back}
            onRestart={restart}
          />
        </>
      )}
      {screen === 'review' && (
        <ReviewStep
          asked={path.asked}
          answers={answers}
          focusOnMount={interacted}
          onEdit={(question) => step({ type: 'EDIT', question })}
          onConfirm={() => step({ type: 'CONFIRM' })}
          onBack={back}
          onRestart={restart}
        />
      )}
    </div>
  );
}
