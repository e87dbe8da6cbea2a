/**
 * The system assessment: a list of named workloads, each taken through the
 * quiz (which comes back here with its answers), one table of results, one
 * combined decision record, and one link that restores it all. The address
 * bar always holds that link; nothing is stored or sent anywhere else.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyReturn, assessmentHref, decodeAssessment, MAX_NAME, MAX_WORKLOADS, type Workload } from '../../assess/codec.ts';
import { decide } from '../../quiz/decide.ts';
import { OUTCOMES } from '../../quiz/outcomes.ts';
import { resultHref } from '../../quiz/routes.ts';
import { recordFromDecision } from '../../records/from-quiz.ts';
import { CONFIDENCE_LABELS, COST_BASIS } from '../../records/labels.ts';
import { overallPicture } from '../../records/overall.ts';
import { cleanName } from '../../records/markdown.ts';
import { money } from '../../records/amounts.ts';
import type { FactDate, RecordInput, TimeLimit } from '../../records/types.ts';
import type { GuideLabels } from '../../quiz/sections.ts';
import type { CostBook } from '../../cost/summary.ts';
import type { Inputs } from '../../cost/model.ts';
import { copyAndAnnounce } from '../quiz/copy-text.ts';
import { announce } from '../quiz/announce.ts';
import { quizLinkFor } from './quiz-link.ts';
import { AssessRecord } from './AssessRecord.tsx';
import { SectionHeading } from './SectionHeading.tsx';
import { loadResultCost } from '../cost/load-result-cost.ts';
import { RetryNotice, focusAfterRetry } from '../lazy/RetryNotice.tsx';

interface Props {
  siteUrl: string;
  /** GuideLabels as JSON, read from the real headings at build time. */
  labels: string;
  guideVersion: string;
  facts: FactDate[];
  timeLimit?: TimeLimit;
  /** CostBook as JSON (one string prop serialises smaller): prices and limits for each workload's cost estimate. */
  cost: string;
}

export interface Row {
  readonly workload: Workload;
  readonly record: RecordInput | null;
  /** /cost/ with this workload's cost inputs. */
  readonly costHref?: string;
}

/** The cost code, loaded after the page starts (it is not needed to list workloads). */
type CostCode = Pick<typeof import('../cost/result-cost.tsx'), 'costSummary' | 'defaultsFor' | 'serializeInputs'>;

export default function AssessApp({ siteUrl, guideVersion, facts, timeLimit, cost: costJson, labels: labelsJson }: Props) {
  const labels = useMemo(() => JSON.parse(labelsJson) as GuideLabels, [labelsJson]);
  const costBook = useMemo(() => JSON.parse(costJson) as CostBook, [costJson]);
  const [system, setSystem] = useState('');
  const [workloads, setWorkloads] = useState<readonly Workload[]>([]);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [costCode, setCostCode] = useState<CostCode | null>(null);
  const [costFailed, setCostFailed] = useState(false);
  const loadCost = (): Promise<void> =>
    loadResultCost().then((m) => {
      setCostFailed(false);
      setCostCode({ costSummary: m.costSummary, defaultsFor: m.defaultsFor, serializeInputs: m.serializeInputs });
    });

  useEffect(() => {
    const restored = applyReturn(decodeAssessment(location.search), location.search);
    setSystem(restored.system);
    setWorkloads(restored.workloads);
    setProblems(restored.problems);
    setLoaded(true);
    loadCost().catch(() => setCostFailed(true));
  }, []);

  // The address bar always holds the link that restores this assessment.
  const href = assessmentHref(workloads, system);
  const shareUrl = new URL(href, siteUrl).href;
  useEffect(() => {
    if (loaded && `${location.pathname}${location.search}` !== href) history.replaceState(null, '', href);
  }, [href, loaded]);

  const date = new Date().toLocaleDateString('en-CA');
  const rows: Row[] = useMemo(
    () =>
      workloads.map((workload) => {
        if (workload.outcome === null) return { workload, record: null };
        const decision = decide(workload.answers);
        const resultUrl = new URL(resultHref(decision.outcome, decision.answers), siteUrl).href;
        // A workload's cost inputs: the model's defaults with the daily shape of its traffic answer (COST_BASIS).
        const costInputs: Inputs | undefined = costCode?.defaultsFor(decision.answers.traffic);
        const cost = costCode && costInputs ? costCode.costSummary(decision.outcome, costInputs, costBook) : undefined;
        const costQuery = costCode && costInputs ? costCode.serializeInputs(costInputs, costBook.limits) : '';
        return {
          workload,
          record: recordFromDecision(decision, { workload: workload.name, resultUrl, siteUrl, guideVersion, date, facts, timeLimit, labels, cost }),
          costHref: `/cost/${costQuery ? `?${costQuery}` : ''}`,
        };
      }),
    [workloads, costCode],
  );

  function add(event: Event): void {
    event.preventDefault();
    const name = cleanName(draft, MAX_NAME);
    if (!name) return setDraftError('Type a name for the workload first, for example “Image thumbnails”.');
    if (workloads.length >= MAX_WORKLOADS) return setDraftError(`An assessment holds at most ${MAX_WORKLOADS} workloads.`);
    setDraftError('');
    setWorkloads([...workloads, { name, answers: {}, outcome: null }]);
    setDraft('');
    announce(`Added ${name}. Take the quiz for it from the list.`);
  }

  function remove(index: number): void {
    const name = workloads[index]?.name ?? '';
    setWorkloads(workloads.filter((_, i) => i !== index));
    announce(`Removed ${name}.`);
    document.getElementById('assess-new')?.focus();
  }

  const done = rows.filter((r) => r.record !== null).length;
  // Rendered on the server as the empty assessment, so the page does not
  // jump when this code starts (it used to appear only then: a layout shift
  // of 0.25 in Lighthouse). The controls wait for the address to be read.
  return (
    <div class="assess">
      {problems.length > 0 && (
        <div class="quiz-notice" role="alert">
          <p>
            <strong>Part of this link could not be restored.</strong> Everything else was kept.
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <button type="button" class="button" onClick={() => setProblems([])}>
            Dismiss
          </button>
        </div>
      )}

      <SectionHeading id="workloads" text="Workloads" />
      <div class="assess-field">
        <label for="assess-system">System name (optional)</label>
        <input id="assess-system" type="text" maxLength={MAX_NAME} autoComplete="off" value={system} disabled={!loaded} onInput={(e) => setSystem(e.currentTarget.value)} />
      </div>
      <form class="assess-add" onSubmit={add} noValidate>
        <label for="assess-new">Workload name</label>
        <div class="assess-add-row">
          <input
            id="assess-new"
            type="text"
            maxLength={MAX_NAME}
            autoComplete="off"
            value={draft}
            disabled={!loaded}
            aria-describedby="assess-new-error"
            aria-invalid={draftError ? 'true' : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="button" disabled={!loaded}>
            Add workload
          </button>
        </div>
        <p id="assess-new-error" class="assess-error">
          {draftError}
        </p>
      </form>

      {workloads.length === 0 ? (
        <p>No workloads yet. Add the first one above: a service, a job or a pipeline that could run on its own.</p>
      ) : (
        <ol class="assess-list">
          {workloads.map((w, i) => (
            <li key={`${i}-${w.name}`}>
              <span class="assess-name">{w.name}</span>
              <span class="muted">{w.outcome ? OUTCOMES[w.outcome].name : Object.keys(w.answers).length > 0 ? 'Quiz not finished' : 'Not assessed yet'}</span>
              <span class="assess-actions">
                <a class="button" href={quizLinkFor(workloads, system, i)}>
                  {w.outcome ? 'Change answers' : 'Take the quiz'}
                  <span class="sr-only"> for {w.name}</span>
                </a>
                <button type="button" class="button" onClick={() => remove(i)}>
                  Remove<span class="sr-only"> {w.name}</span>
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}

      {workloads.length > 0 && (
        <>
          <SectionHeading id="results" text="Results" />
          <p class="assess-overall">{overallPicture({ workloads: rows.map((r) => ({ record: r.record })) })}</p>
          {costFailed && done > 0 && (
            <RetryNotice title="The cost estimates could not be loaded." onRetry={() => loadCost().then(() => focusAfterRetry('results'))}>
              The recommendations do not depend on them.
            </RetryNotice>
          )}
          <ResultsTable rows={rows} />
          <AssessRecord rows={rows} system={system} shareUrl={shareUrl} guideVersion={guideVersion} date={date} facts={facts} ready={done > 0} />
        </>
      )}

      <SectionHeading id="share" text="Share or save" />
      <p>This link restores the whole assessment: names, answers and results. Bookmark it or paste it into your design doc.</p>
      <p class="assess-link">
        <code>{shareUrl}</code>
      </p>
      <div class="result-actions no-print">
        <button type="button" class="button primary" disabled={!loaded} onClick={() => void copyAndAnnounce(shareUrl, 'Link to this assessment copied')}>
          Copy link to this assessment
        </button>
        <button type="button" class="button" disabled={!loaded} onClick={() => window.print()}>
          Print
        </button>
      </div>
    </div>
  );
}

function ResultsTable({ rows }: { rows: readonly Row[] }) {
  const anyCost = rows.some((r) => r.record?.cost !== undefined);
  return (
    <div class="assess-table-wrap">
      <table class="assess-table">
        <caption class="sr-only">One row per workload: recommendation, confidence, warnings{anyCost ? ' and estimated monthly cost' : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Workload</th>
            <th scope="col">Recommendation</th>
            <th scope="col">Confidence</th>
            <th scope="col">Warnings</th>
            {anyCost && <th scope="col">Estimated monthly cost</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ workload, record, costHref }, i) => (
            <tr key={`${i}-${workload.name}`}>
              <th scope="row">{workload.name}</th>
              {record === null ? (
                <td colSpan={anyCost ? 4 : 3}>Not assessed yet</td>
              ) : (
                <>
                  <td>
                    <a href={new URL(record.resultUrl).pathname + new URL(record.resultUrl).search}>{OUTCOMES[record.outcome].name}</a>
                  </td>
                  <td>{CONFIDENCE_LABELS[record.confidence]}</td>
                  <td>{record.warnings.length === 0 ? 'None' : record.warnings.map((w) => w.title).join('; ')}</td>
                  {anyCost && <td>{record.cost ? <a href={costHref}>{money(record.cost.monthly, record.cost.currency)}<span class="sr-only"> a month: change the inputs</span></a> : 'Not estimated'}</td>}
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {anyCost && <p class="muted">Estimated monthly cost: the recommended option’s bill in the cost model, {COST_BASIS}. Follow an amount to change its inputs.</p>}
    </div>
  );
}
