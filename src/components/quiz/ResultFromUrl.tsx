/**
 * The personal result on /quiz/result/<outcome>/: reads the answers in ?a=
 * (with the same flow and rules the machine uses; see link.ts) and shows
 * the decision brief and the rest of the result (ResultView), then fills
 * the page's "Where to run it" with the team's platforms and its cost panel
 * with the workload's own figures. Without answers it shows nothing (the
 * static page explains the outcome) and only redraws the cost panel for
 * cost inputs in the address; with answers that lead elsewhere or cannot be
 * read, it says so in plain words.
 *
 * The address is the one source of the cost inputs: the panel writes what
 * the reader types there (history.replaceState) and tells this component,
 * which reads it again for the brief's figure, the record and the link.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { readLink } from '../../quiz/link.ts';
import { decide, type Decision } from '../../quiz/decide.ts';
import type { RecordInput } from '../../records/types.ts';
import { OUTCOMES, type OutcomeId } from '../../quiz/outcomes.ts';
import { quizHref, readAnswersParam, resultHref } from '../../quiz/routes.ts';
import { ResultView } from './ResultView.tsx';
import type { NoticeProps } from './ResultNotice.tsx';
import type { GuideLabels } from '../../quiz/sections.ts';
import type { ResultData } from './result-data.ts';
import { platformViewOf, teamCloud, type TeamCloud } from './brief.ts';
import { lazyChunk } from '../lazy/load-chunk.ts';
import { RetryNotice, focusAfterRetry } from '../lazy/RetryNotice.tsx';
import { loadResultCost } from '../cost/load-result-cost.ts';
import { redrawCostPanel } from '../cost/redraw-cost-panel.tsx';
import { resultInputs, type ResultInputs } from '../cost/result-inputs.ts';
import type { ResultPage } from './ResultStart.tsx';
import recordExportUrl from '../records/RecordExport.tsx?chunk-url';
import resultNoticeUrl from './ResultNotice.tsx?chunk-url';
import fromQuizUrl from '../../records/from-quiz.ts?chunk-url';

export interface ResultFromUrlProps extends ResultPage {
  /** The build's data for a personal result (result-data.ts). */
  data: ResultData;
  /** Move focus to the result's headline when it shows: it replaces a "Try again" that had focus. */
  focusOnShow?: boolean;
}

type Exporter = { Export: FunctionComponent<{ input: RecordInput }>; input: RecordInput };

const loadRecordExport = lazyChunk(() => import('../records/RecordExport.tsx'), recordExportUrl);
const loadFromQuiz = lazyChunk(() => import('../../records/from-quiz.ts'), fromQuizUrl);
// Only a link that cannot be read, or whose answers lead elsewhere today, needs these words (and the changes).
const loadNotice = lazyChunk(() => import('./ResultNotice.tsx'), resultNoticeUrl);

/** The cost parameters in an address (everything but the answers), to carry into shared links. */
const costQuery = (search: string): string => search.replace(/^\?/, '&').replace(/&a=[^&]*/, '').replace(/^&$/, '');

/** The record writers load only once a result is on screen; the record's cost is the panel's. */
async function loadExporter(decision: Decision, shareUrl: string, cost: ResultInputs | null, props: ResultFromUrlProps): Promise<Exporter> {
  const [{ default: Export }, { recordFromDecision }, { costSummary }] = await Promise.all([loadRecordExport(), loadFromQuiz(), loadResultCost()]);
  const { data } = props;
  const input = recordFromDecision(decision, {
    workload: '',
    resultUrl: shareUrl,
    siteUrl: props.siteUrl,
    guideVersion: props.guideVersion,
    // The record's date is the day it is written (local calendar day, YYYY-MM-DD).
    date: new Date().toLocaleDateString('en-CA'),
    facts: data.facts,
    // A team in its own data centre has no public price, and no function time limit of a public cloud applies to it.
    ...(cost ? { timeLimit: data.timeLimit, cost: costSummary(decision.outcome, cost.inputs, data.cost, cost.team) } : {}),
    labels: data.labels,
  });
  return { Export, input };
}

type View = { kind: 'none' } | NoticeProps | { kind: 'result'; decision: Decision; team: TeamCloud; labels: GuideLabels };

function viewFor(search: string, outcome: OutcomeId, data: ResultData): View {
  const raw = readAnswersParam(search);
  if (raw === null) return { kind: 'none' };
  const restored = readLink(raw);
  const answers = restored.answers;
  if (restored.outcome === null) {
    return { kind: 'problem', message: restored.message, href: quizHref(answers) };
  }
  if (restored.outcome !== outcome) {
    // The path holds what the guide said when the link was made: say what changed, never treat it as an error.
    const names = { serverless: OUTCOMES.serverless.name, managed: OUTCOMES.managed.name, servers: OUTCOMES.servers.name };
    return { kind: 'changed', given: restored.given, edition: restored.edition ?? 1, then: outcome, now: restored.outcome, notes: data.changes, names, nowHref: resultHref(restored.outcome, answers) };
  }
  const decision = decide(answers);
  return { kind: 'result', decision, team: teamCloud(decision.answers), labels: data.labels };
}

export default function ResultFromUrl({ focusOnShow = false, ...props }: ResultFromUrlProps) {
  const { outcome, data } = props;
  const [view] = useState<View>(() => viewFor(location.search, outcome, data));
  // The address as the cost panel last left it.
  const [search, setSearch] = useState(location.search);
  const [exporter, setExporter] = useState<Exporter | 'failed' | null>(null);
  const result = view.kind === 'result' ? view : null;
  // No public price applies in the team's own data centre.
  const cost = useMemo(
    () => (result && result.team.kind !== 'own' ? resultInputs(search, result.decision.answers, data.cost.limits) : null),
    [search],
  );
  const shareUrl = result ? new URL(resultHref(outcome, result.decision.answers) + costQuery(search), props.siteUrl).href : '';
  const exportFor = (): Promise<void> => loadExporter(result!.decision, shareUrl, cost, props).then(setExporter);

  useEffect(() => {
    if (view.kind !== 'result') document.documentElement.removeAttribute('data-answers');
    if (result) {
      if (focusOnShow) document.getElementById('your-result')?.focus();
      redrawCostPanel(data.cost, outcome, result.team.kind === 'own' ? 'own' : result.decision.answers, platformViewOf(result.team), setSearch);
      // The decision map highlights the path these answers took.
      const map = document.getElementById('result-map-link');
      if (map instanceof HTMLAnchorElement) map.search = new URL(resultHref(outcome, result.decision.answers), location.href).search;
    } else if (view.kind === 'none') redrawCostPanel(data.cost, outcome, null, null, () => undefined);
  }, []);
  useEffect(() => {
    if (result) exportFor().catch(() => setExporter('failed'));
  }, [search]);

  if (view.kind === 'none') return null;
  if (view.kind !== 'result') return <Notice {...view} />;
  return (
    <ResultView
      decision={view.decision}
      team={view.team}
      cost={cost}
      book={data.cost}
      shortlists={data.shortlists}
      ownNote={data.ownNote}
      shareUrl={shareUrl}
      editHref={quizHref(view.decision.answers)}
      labels={view.labels}
    >
      {exporter === 'failed' ? (
        <RetryNotice title="The decision record could not be prepared." onRetry={() => exportFor().then(() => focusAfterRetry('record-title'))}>
          The result above is complete; only writing the record needs this code.
        </RetryNotice>
      ) : (
        exporter && <exporter.Export input={exporter.input} />
      )}
    </ResultView>
  );
}

/** A notice instead of the result, once its code is in. */
function Notice(props: NoticeProps) {
  const [Shown, setShown] = useState<FunctionComponent<NoticeProps> | 'failed' | null>(null);
  const load = () => loadNotice().then((m) => setShown(() => m.default));
  useEffect(() => {
    load().catch(() => setShown('failed'));
  }, []);
  if (Shown === 'failed') {
    return (
      <RetryNotice title="The answers in this link cannot be shown here; why could not be loaded." onRetry={load} />
    );
  }
  return Shown && <Shown {...props} />;
}
