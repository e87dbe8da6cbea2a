/**
 * The system assessment: a list of named workloads, each taken through the
 * quiz (which comes back here with its answers), one table of results, one
 * combined decision record, and one link that restores it all. The address
 * bar always holds that link; nothing is stored or sent anywhere else.
 *
 * Startup is small: this file reads the link's names and keeps the answer
 * codes as they are. The decision logic (the quiz's reader and rules, the
 * records) and the cost code load once a workload has answers
 * (load-logic.ts, load-result-cost.ts), and the results appear when both
 * have arrived (or failed), all at once, in space held for them
 * (.assess-body), so a restored assessment does not jump.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { MAX_NAME, MAX_WORKLOADS, linkHref, parseLink, problemSentences, type Entry, type ParsedLink } from '../../assess/link.ts';
import { overallPicture } from '../../records/overall.ts';
import { cleanName } from '../../records/markdown.ts';
import { COST_BASIS, FREE_TIER_WORDS } from '../../records/labels.ts';
import type { FactDate, TimeLimit } from '../../records/types.ts';
import type { GuideLabels } from '../../quiz/sections.ts';
import type { CostBook } from '../../cost/summary.ts';
import { copyAndAnnounce } from '../live-region/copy-text.ts';
import { announce } from '../live-region/announce.ts';
import { quizLinkFor } from './quiz-link.ts';
import { AssessRecord } from './AssessRecord.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { SectionHeading } from './SectionHeading.tsx';
import { loadLogic, type Logic } from './load-logic.ts';
import { loadResultCost } from '../cost/load-result-cost.ts';
import { RetryNotice, focusAfterRetry } from '../lazy/RetryNotice.tsx';
import type { Pricing, RowView } from './assess-logic.ts';

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

type CostModule = Awaited<ReturnType<typeof loadResultCost>>;

/** The cost code the rows need, from the chunk result pages share. */
function pricingFrom(m: CostModule, book: CostBook): Pricing {
  return {
    code: { costSummary: m.costSummary, assessmentMonthly: m.assessmentMonthly, defaultsFor: m.defaultsFor },
    book,
    costLink: (inputs) => {
      const query = m.serializeInputs(inputs, book.limits);
      return `/cost/${query ? `?${query}` : ''}`;
    },
  };
}

export default function AssessApp({ siteUrl, guideVersion, facts, timeLimit, cost: costJson, labels: labelsJson }: Props) {
  const labels = useMemo(() => JSON.parse(labelsJson) as GuideLabels, [labelsJson]);
  const costBook = useMemo(() => JSON.parse(costJson) as CostBook, [costJson]);
  const [system, setSystem] = useState('');
  const [entries, setEntries] = useState<readonly Entry[]>([]);
  const [freeTierOnce, setFreeTierOnce] = useState(false);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState('');
  /** Null on the server and until the address is read; then 'waiting' until the code the first view needs arrived or failed. */
  const [phase, setPhase] = useState<null | 'waiting' | 'ready'>(null);
  const [logic, setLogic] = useState<Logic | null>(null);
  const [logicFailed, setLogicFailed] = useState(false);
  const [pricing, setPricing] = useState<Pricing | null>(null);
  const [costFailed, setCostFailed] = useState(false);

  /** Reads the answer codes with the logic just loaded: the notes for the problems, and today's codes for the link. */
  function adopt(m: Logic, link: ParsedLink | null, current: readonly Entry[]): void {
    const reading = m.readAll(current);
    if (link !== null) setProblems(problemSentences(link, reading.notes));
    setEntries(current.map((e, i) => ({ name: e.name, code: reading.codes[i] ?? e.code })));
    setLogic(() => m);
    setLogicFailed(false);
  }
  const loadPricing = (): Promise<void> =>
    loadResultCost().then((m) => {
      setPricing(pricingFrom(m, costBook));
      setCostFailed(false);
    });

  useEffect(() => {
    const link = parseLink(location.search);
    setSystem(link.system);
    setEntries(link.entries);
    setFreeTierOnce(link.freeTierOnce);
    if (!link.entries.some((e) => e.code !== '')) {
      setProblems(problemSentences(link));
      setPhase('ready');
      return;
    }
    setPhase('waiting');
    // Both in one render: the results, the problems and the costs appear together, below what is already drawn.
    void Promise.allSettled([loadLogic(), loadResultCost()]).then(([l, c]) => {
      if (l.status === 'fulfilled') adopt(l.value, link, link.entries);
      else {
        setProblems(problemSentences(link));
        setLogicFailed(true);
      }
      if (c.status === 'fulfilled') setPricing(pricingFrom(c.value, costBook));
      else setCostFailed(true);
      setPhase('ready');
    });
  }, []);

  const ready = phase === 'ready';
  // The address bar always holds the link that restores this assessment.
  const href = linkHref(entries, system, freeTierOnce);
  const shareUrl = new URL(href, siteUrl).href;
  useEffect(() => {
    if (ready && `${location.pathname}${location.search}` !== href) history.replaceState(null, '', href);
  }, [href, ready]);

  const date = new Date().toLocaleDateString('en-CA');
  const reading = useMemo(() => (logic ? logic.readAll(entries) : null), [logic, entries]);
  const rows: readonly RowView[] = useMemo(() => {
    if (logic && reading) return logic.rowsFor(reading.workloads, { siteUrl, guideVersion, date, facts, timeLimit, labels }, pricing, freeTierOnce);
    // Without the logic only names are known: answers are not read yet (or could not be).
    return entries.map((e) => ({ name: e.name, status: e.code === '' ? 'Not assessed yet' : 'Answers not read yet', record: null }));
  }, [logic, reading, pricing, freeTierOnce, entries, labels]);

  function add(event: Event): void {
    event.preventDefault();
    const name = cleanName(draft, MAX_NAME);
    if (!name) return setDraftError('Type a name for the workload first, for example “Image thumbnails”.');
    if (entries.length >= MAX_WORKLOADS) return setDraftError(`An assessment holds at most ${MAX_WORKLOADS} workloads.`);
    setDraftError('');
    setEntries([...entries, { name, code: '' }]);
    setDraft('');
    announce(`Added ${name}. Take the quiz for it from the list.`);
  }

  function remove(index: number): void {
    const name = entries[index]?.name ?? '';
    setEntries(entries.filter((_, i) => i !== index));
    announce(`Removed ${name}.`);
    document.getElementById('assess-new')?.focus();
  }

  const done = rows.filter((r) => r.record !== null).length;
  const anyCoded = entries.some((e) => e.code !== '');
  // The static part (heading, name fields) is rendered on the server with
  // its controls disabled, so the page does not jump when this code starts.
  // Everything that depends on the address goes in .assess-body, which holds
  // a screen's height: it appears there once known, below what is drawn,
  // and the footer stays out of view until then.
  return (
    <div class="assess">
      <SectionHeading id="workloads" text="Workloads" />
      <div class="assess-field">
        <label for="assess-system">System name (optional)</label>
        <input id="assess-system" type="text" maxLength={MAX_NAME} autoComplete="off" value={system} disabled={!ready} onInput={(e) => setSystem(e.currentTarget.value)} />
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
            disabled={!ready}
            aria-describedby="assess-new-error"
            aria-invalid={draftError ? 'true' : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="button" disabled={!ready}>
            Add workload
          </button>
        </div>
        <p id="assess-new-error" class="assess-error">
          {draftError}
        </p>
      </form>

      <div class="assess-body">
        {phase === 'waiting' && (
          <p class="muted" role="status">
            Reading the workloads’ answers…
          </p>
        )}
        {ready && (
          <>
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

            {entries.length === 0 ? (
              <p>No workloads yet. Add the first one above: a service, a job or a pipeline that could run on its own.</p>
            ) : (
              <ol class="assess-list">
                {entries.map((w, i) => (
                  <li key={`${i}-${w.name}`}>
                    <span class="assess-who">
                      <span class="assess-name">{w.name}</span>
                      <span class="muted">{rows[i]?.status ?? 'Not assessed yet'}</span>
                    </span>
                    <span class="assess-actions">
                      <a class="button" href={quizLinkFor(entries, system, freeTierOnce, i)}>
                        {rows[i]?.record ? 'Change answers' : 'Take the quiz'}
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

            {entries.length > 0 && (
              <>
                <SectionHeading id="results" text="Results" />
                {logicFailed && anyCoded ? (
                  <RetryNotice title="The recommendations could not be loaded." onRetry={() => loadLogic().then((m) => { adopt(m, null, entries); focusAfterRetry('results'); })}>
                    The names are kept, and so are the answers in the link.
                  </RetryNotice>
                ) : (
                  <p class="assess-overall">{overallPicture({ workloads: rows.map((r) => ({ record: r.record })) })}</p>
                )}
                {costFailed && done > 0 && (
                  <RetryNotice title="The cost estimates could not be loaded." onRetry={() => loadPricing().then(() => focusAfterRetry('results'))}>
                    The recommendations do not depend on them.
                  </RetryNotice>
                )}
                {pricing && done > 0 && (
                  <div class="assess-field assess-flag">
                    <input id="assess-free-tier" type="checkbox" checked={freeTierOnce} onChange={(e) => setFreeTierOnce(e.currentTarget.checked)} aria-describedby="assess-cost-note" />
                    <label for="assess-free-tier">Apply the free tier once, for the whole account</label>
                  </div>
                )}
                <ResultsTable rows={rows} />
                {rows.some((r) => r.result?.cost) && (
                  <p class="muted" id="assess-cost-note">
                    Estimated monthly cost: the recommended option’s bill in the cost model, {COST_BASIS}. Each row says its basis; follow an amount to change its
                    inputs. {freeTierOnce ? FREE_TIER_WORDS.on : FREE_TIER_WORDS.off}
                  </p>
                )}
                <AssessRecord rows={rows} system={system} shareUrl={shareUrl} guideVersion={guideVersion} date={date} facts={facts} freeTierOnce={freeTierOnce} logic={logic} unread={logic === null && anyCoded} />
              </>
            )}

          </>
        )}
        {/* In the page from the start (a registered anchor, /assess/#share), hidden until the address is read: shown earlier, the list and results growing above it would move it. */}
        <div hidden={!ready}>
        <SectionHeading id="share" text="Share or save" />
        <p>This link restores the whole assessment: names, answers and results. Bookmark it or paste it into your design doc.</p>
        <p class="assess-link">
          <code>{shareUrl}</code>
        </p>
        <div class="result-actions no-print">
          <button type="button" class="button primary" onClick={() => void copyAndAnnounce(shareUrl, 'Link to this assessment copied')}>
            Copy link to this assessment
          </button>
          <button type="button" class="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
        </div>
      </div>
    </div>
  );
}
