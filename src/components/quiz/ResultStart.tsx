/**
 * What /quiz/result/<outcome>/ runs at startup (its page script calls
 * startResult()). Without anything in the address there is no personal
 * result and nothing more loads: the page explains the outcome on its own.
 * With answers (?a=) or cost inputs, the code that reads them
 * (ResultFromUrl) and the build's data (result-data.ts) are fetched at
 * once, while a loading line holds the place of the result, and a failed
 * load says so with "Try again" (a real new request:
 * src/components/lazy/load-chunk.ts). tests/unit/budgets.test.ts measures
 * both.
 *
 * A page script rather than an Astro island: the island's loader and
 * renderer cost 2.6 KB gzipped before anything is shown, and this part
 * has nothing to hydrate (the server renders nothing for it).
 */
import { render, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { OutcomeId } from '../../quiz/outcome-ids.ts';
import type { ResultFromUrlProps } from './ResultFromUrl.tsx';
import { readAnswersParam } from '../../quiz/answers-param.ts';
import { loadResultData, type ResultData } from './result-data.ts';
import { lazyChunk } from '../lazy/load-chunk.ts';
import { RetryNotice } from '../lazy/RetryNotice.tsx';
import resultFromUrlUrl from './ResultFromUrl.tsx?chunk-url';

type Result = FunctionComponent<ResultFromUrlProps>;

const loadResult = lazyChunk(() => import('./ResultFromUrl.tsx'), resultFromUrlUrl);
/** The code and the data, together: either failing fails both (a retry asks again for whichever failed). */
const load = (): Promise<[Result, ResultData]> => Promise.all([loadResult().then((m) => m.default), loadResultData()]);

type View = { Result: Result; data: ResultData; retried: boolean } | 'loading' | 'failed';

/** Where the personal result is shown, and what the page knows at build time. */
export interface ResultPage {
  outcome: OutcomeId;
  siteUrl: string;
  guideVersion: string;
}

function ResultStart({ page, early, answers }: { page: ResultPage; early: Promise<[Result, ResultData]>; answers: boolean }) {
  const [view, setView] = useState<View>('loading');
  useEffect(() => {
    early.then(
      ([Result, data]) => setView({ Result, data, retried: false }),
      () => setView('failed'),
    );
  }, []);
  // With cost inputs alone nothing here is the reader's own: a failed load leaves the page's default estimate, which says what it is.
  if (!answers && typeof view === 'string') return null;
  if (view === 'loading') return <p class="result-loading muted" role="status">Loading your personal result…</p>;
  if (view === 'failed') {
    return (
      <RetryNotice title="Your personal result could not be loaded." onRetry={() => load().then(([Result, data]) => setView({ Result, data, retried: true }))}>
        Check the connection and try again; the recommendation below does not depend on it.
      </RetryNotice>
    );
  }
  // After a retry the result takes the focus the button had.
  return <view.Result {...page} data={view.data} focusOnShow={view.retried} />;
}

/** Starts the personal result in #result-root when the address carries answers or cost inputs. */
export function startResult(): void {
  const root = document.getElementById('result-root');
  if (!root || location.search.length < 2) return;
  const { outcome, site, guide } = root.dataset;
  // Started before the first render, so the code and the data load while Preact draws the loading line.
  const early = load();
  early.catch(() => undefined);
  const answers = readAnswersParam(location.search) !== null;
  render(<ResultStart page={{ outcome: outcome as OutcomeId, siteUrl: site ?? '', guideVersion: guide ?? '' }} early={early} answers={answers} />, root);
}
