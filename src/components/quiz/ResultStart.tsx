/**
 * The island on /quiz/result/<outcome>/ as the page starts it. Without
 * answers in the address (?a=) there is no personal result, so nothing more
 * loads; with answers, the code that reads them and shows the result
 * (ResultFromUrl) is fetched at once, while a loading line holds its place,
 * and a failed fetch says so. Cost inputs without answers load only the
 * cost panel's code. tests/unit/budgets.test.ts measures both.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { readAnswersParam } from '../../quiz/answers-param.ts';
import type { ResultFromUrlProps } from './ResultFromUrl.tsx';
import type { CostBook } from '../../cost/summary.ts';

type Result = FunctionComponent<ResultFromUrlProps>;

const load = (): Promise<Result> => import('./ResultFromUrl.tsx').then((m) => m.default);
// Started while the page hydrates, not after, when the address has answers.
const early: Promise<Result> | null = typeof location !== 'undefined' && readAnswersParam(location.search) !== null ? load() : null;
early?.catch(() => undefined);

export default function ResultStart(props: ResultFromUrlProps) {
  const [view, setView] = useState<{ Result: Result } | 'loading' | 'failed' | null>(null);
  useEffect(() => {
    if (readAnswersParam(location.search) === null) {
      // Cost inputs alone (no answers): only the cost panel needs redrawing.
      if (location.search.length > 1) {
        void import('../cost/result-cost.tsx').then((m) => m.showResultCost(JSON.parse(props.cost) as CostBook, props.outcome, undefined, location.search));
      }
      return;
    }
    setView('loading');
    (early ?? load()).then(
      (Result) => setView({ Result }),
      () => setView('failed'),
    );
  }, []);

  if (view === null) return null;
  if (view === 'loading') return <p class="result-loading muted" role="status">Loading your personal result…</p>;
  if (view === 'failed') {
    return (
      <div class="quiz-notice" role="alert">
        <p>
          <strong>Your personal result could not be loaded.</strong> Check the connection and reload the page; the
          recommendation below does not depend on it.
        </p>
      </div>
    );
  }
  return <view.Result {...props} />;
}
