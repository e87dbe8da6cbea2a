/**
 * The island on /quiz/result/<outcome>/: reads the answers in ?a= (with the
 * same flow and rules the machine uses; see link.ts) and shows the
 * personal result. Without answers it shows
 * nothing (the static page explains the outcome); with answers that lead
 * elsewhere or cannot be read, it says so in plain words.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { readLink } from '../../quiz/link.ts';
import { decide, type Decision } from '../../quiz/decide.ts';
import type { FactDate, RecordInput, TimeLimit } from '../../records/types.ts';
import type { OutcomeId } from '../../quiz/outcomes.ts';
import { quizHref, readAnswersParam, resultHref } from '../../quiz/routes.ts';
import { ResultView } from './ResultView.tsx';
import { ChangedSince } from './ChangedSince.tsx';
import { explainChange, type ChangeNote, type Explanation } from '../../quiz/changes.ts';
import type { GuideLabels } from '../../quiz/sections.ts';
import type { CostBook } from '../../cost/summary.ts';
import { lazyChunk } from '../lazy/load-chunk.ts';
import { RetryNotice, focusAfterRetry } from '../lazy/RetryNotice.tsx';
import { loadResultCost } from '../cost/load-result-cost.ts';
import { redrawCostPanel } from '../cost/redraw-cost-panel.tsx';
import recordExportUrl from '../records/RecordExport.tsx?chunk-url';
import fromQuizUrl from '../../records/from-quiz.ts?chunk-url';

export interface ResultFromUrlProps {
  outcome: OutcomeId;
  siteUrl: string;
  guideVersion: string;
  /** GuideLabels as JSON (one string prop serialises smaller), rendered into the page at build time. */
  labels: string;
  /** From the facts registry, for the decision record (see src/lib/record-facts.ts). */
  facts: FactDate[];
  timeLimit?: TimeLimit;
  /** CostBook as JSON (one string prop serialises smaller): prices and limits for the cost panel and the record's cost summary. */
  cost: string;
  /** The /changes/ entries as ChangeNote[] JSON, to explain a link whose answers lead elsewhere today. */
  changes: string;
}

/** How the island was started (not rendered into the page: ResultStart sets it). */
export interface ResultFromUrlOptions {
  /** Move focus to the result's headline when it shows: it replaces a "Try again" that had focus. */
  focusOnShow?: boolean;
}

type Exporter = { Export: FunctionComponent<{ input: RecordInput }>; input: RecordInput };

const loadRecordExport = lazyChunk(() => import('../records/RecordExport.tsx'), recordExportUrl);
const loadFromQuiz = lazyChunk(() => import('../../records/from-quiz.ts'), fromQuizUrl);

/** The record writers load only once a result is on screen. */
async function loadExporter(decision: Decision, shareUrl: string, labels: GuideLabels, props: ResultFromUrlProps): Promise<Exporter> {
  const [{ default: Export }, { recordFromDecision }, { costSummary, inputsForResult }] = await Promise.all([
    loadRecordExport(),
    loadFromQuiz(),
    loadResultCost(),
  ]);
  // The same inputs as the cost panel: the traffic answer's shape, then any cost inputs in the address.
  const book = JSON.parse(props.cost) as CostBook;
  const costInputs = inputsForResult(location.search, decision.answers.traffic, book.limits).inputs;
  const input = recordFromDecision(decision, {
    workload: '',
    resultUrl: shareUrl,
    siteUrl: props.siteUrl,
    guideVersion: props.guideVersion,
    // The record's date is the day it is written (local calendar day, YYYY-MM-DD).
    date: new Date().toLocaleDateString('en-CA'),
    facts: props.facts,
    timeLimit: props.timeLimit,
    cost: costSummary(decision.outcome, costInputs, book),
    labels,
  });
  return { Export, input };
}

type View =
  | { kind: 'none' }
  | { kind: 'problem'; message: string; href: string; hrefLabel: string }
  | { kind: 'changed'; explanation: Explanation; nowHref: string }
  | { kind: 'result'; props: Parameters<typeof ResultView>[0] };

function viewFor(search: string, { outcome, siteUrl, labels: labelsJson, changes }: ResultFromUrlProps): View {
  const labels = JSON.parse(labelsJson) as GuideLabels;
  const raw = readAnswersParam(search);
  if (raw === null) return { kind: 'none' };
  const restored = readLink(raw);
  const answers = restored.answers;
  if (restored.outcome === null) {
    return {
      kind: 'problem',
      message: `${restored.message ?? 'The answers in this link do not finish the quiz.'} The personal result cannot be shown.`,
      href: quizHref(answers),
      hrefLabel: 'Continue the quiz from the answers that could be read',
    };
  }
  if (restored.outcome !== outcome) {
    // The path holds what the guide said when the link was made: say what changed, never treat it as an error.
    const explanation = explainChange(restored.given, restored.edition ?? 1, outcome, restored.outcome, JSON.parse(changes) as ChangeNote[]);
    if (explanation !== null) return { kind: 'changed', explanation, nowHref: resultHref(restored.outcome, answers) };
  }
  const decision = decide(answers);
  const path = resultHref(outcome, decision.answers);
  const shareUrl = new URL(path, siteUrl).href;
  return { kind: 'result', props: { decision, shareUrl, editHref: quizHref(decision.answers), labels } };
}

export default function ResultFromUrl({ focusOnShow = false, ...props }: ResultFromUrlProps & ResultFromUrlOptions) {
  const [view, setView] = useState<View>({ kind: 'none' });
  const [exporter, setExporter] = useState<Exporter | 'failed' | null>(null);
  useEffect(() => {
    setView(viewFor(location.search, props));
    // The cost panel follows the traffic answer and cost inputs in the address; its code loads only then.
    if (location.search.length > 1) {
      const traffic = readLink(readAnswersParam(location.search) ?? '').answers.traffic;
      redrawCostPanel(JSON.parse(props.cost) as CostBook, props.outcome, traffic, location.search);
    }
  }, []);
  const exportFor = (result: Extract<View, { kind: 'result' }>): Promise<void> =>
    loadExporter(result.props.decision, result.props.shareUrl, result.props.labels, props).then(setExporter);
  useEffect(() => {
    if (view.kind !== 'result') return;
    if (focusOnShow) document.getElementById('your-result')?.focus();
    exportFor(view).catch(() => setExporter('failed'));
  }, [view]);

  if (view.kind === 'none') return null;
  if (view.kind === 'changed') return <ChangedSince explanation={view.explanation} nowHref={view.nowHref} />;
  if (view.kind === 'problem') {
    return (
      <div class="quiz-notice" role="alert">
        <p>
          <strong>This link could not be fully restored.</strong> {view.message}
        </p>
        <a class="button" href={view.href}>
          {view.hrefLabel}
        </a>
      </div>
    );
  }
  const result = view;
  return (
    <ResultView {...view.props}>
      {exporter === 'failed' ? (
        <RetryNotice title="The decision record could not be prepared." onRetry={() => exportFor(result).then(() => focusAfterRetry('record-title'))}>
          The result above is complete; only writing the record needs this code.
        </RetryNotice>
      ) : (
        exporter && <exporter.Export input={exporter.input} />
      )}
    </ResultView>
  );
}
