/**
 * The island on /quiz/result/<outcome>/ as the page starts it. Without
 * answers in the address (?a=) there is no personal result, so nothing more
 * loads; with answers, the code that reads them and shows the result
 * (ResultFromUrl) is fetched at once, while a loading line holds its place,
 * and a failed fetch says so with "Try again" (a real new request:
 * src/components/lazy/load-chunk.ts). Cost inputs without answers load only
 * the cost panel's code. tests/unit/budgets.test.ts measures both.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { readAnswersParam } from '../../quiz/answers-param.ts';
import type { ResultFromUrlProps, ResultFromUrlOptions } from './ResultFromUrl.tsx';
import type { CostBook } from '../../cost/summary.ts';
import { lazyChunk } from '../lazy/load-chunk.ts';
import { RetryNotice } from '../lazy/RetryNotice.tsx';
import { redrawCostPanel } from '../cost/redraw-cost-panel.tsx';
import resultFromUrlUrl from './ResultFromUrl.tsx?chunk-url';

type Result = FunctionComponent<ResultFromUrlProps & ResultFromUrlOptions>;

const loadResult = lazyChunk(() => import('./ResultFromUrl.tsx'), resultFromUrlUrl);
const load = (): Promise<Result> => loadResult().then((m) => m.default);
// Started while the page hydrates, not after, when the address has answers.
const early: Promise<Result> | null = typeof location !== 'undefined' && readAnswersParam(location.search) !== null ? load() : null;
early?.catch(() => undefined);

type View = { Result: Result; retried: boolean } | 'loading' | 'failed' | null;

export default function ResultStart(props: ResultFromUrlProps) {
  const [view, setView] = useState<View>(null);
  useEffect(() => {
    if (readAnswersParam(location.search) === null) {
      // Cost inputs alone (no answers): only the cost panel needs redrawing.
      if (location.search.length > 1) redrawCostPanel(JSON.parse(props.cost) as CostBook, props.outcome, undefined, location.search);
      return;
    }
    setView('loading');
    (early ?? load()).then(
      (Result) => setView({ Result, retried: false }),
      () => setView('failed'),
    );
  }, []);

  if (view === null) return null;
  if (view === 'loading') return <p class="result-loading muted" role="status">Loading your personal result…</p>;
  if (view === 'failed') {
    return (
      <RetryNotice title="Your personal result could not be loaded." onRetry={() => load().then((Result) => setView({ Result, retried: true }))}>
        Check the connection and try again; the recommendation below does not depend on it.
      </RetryNotice>
    );
  }
  // After a retry the result takes the focus the button had.
  return <view.Result {...props} focusOnShow={view.retried} />;
}
