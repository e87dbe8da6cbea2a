/**
 * Fills what the result page shows below the personal result, once that
 * is on screen: the team's platform tables and the cost panel, drawn by
 * the on-demand cost code (result-cost.tsx, drawBelow). Only the loading
 * and its failure live here, in the personal result's own code: if the
 * cost code cannot be loaded, the panel says so, with "Try again"
 * (#cost-panel-status), and the page keeps its default estimate and its
 * summary of the platforms, each with its link.
 */
import { render } from 'preact';
import type { CostBook } from '../../cost/summary.ts';
import type { OptionKey } from '../../records/types.ts';
import type { Answers } from '../../quiz/questions.ts';
import type { PlatformView } from '../platforms/show-platforms.ts';
import { RetryNotice, focusAfterRetry } from '../lazy/RetryNotice.tsx';
import { loadResultCost } from './load-result-cost.ts';
import { costOnly, resultInputs } from './result-inputs.ts';
import { NO_PUBLIC_PRICE } from '../quiz/BriefCost.tsx';

/**
 * `answers`: the result's, null for cost inputs alone, 'own' for a team in
 * its own data centre (no public price). `view`: the team's platforms, or
 * null to leave the page's summary. `onEdit` gets the address with the last
 * valid figures after each edit of the panel.
 */
export function redrawCostPanel(book: CostBook, outcome: OptionKey, answers: Answers | 'own' | null, view: PlatformView | null, onEdit: (search: string) => void): void {
  const slot = document.getElementById('cost-panel-status');
  const { limits } = book;
  const read = answers === 'own' ? NO_PUBLIC_PRICE : (search: string) => (answers ? resultInputs(search, answers, limits) : costOnly(search, limits));
  const show = (): Promise<void> =>
    loadResultCost().then((m) => {
      // The model has no GPU prices: the panel says its bills are for CPU and memory alone.
      m.drawBelow(book, outcome, view, read, answers !== null && answers !== 'own' && answers.hardware === 'accelerator', onEdit);
      if (slot) render(null, slot);
    });
  show().catch(() => {
    // Nothing arrives for now: release the boxes the page held (the summary and the default estimate stay).
    document.getElementById('cost-panel-live')?.setAttribute('hidden', '');
    const platforms = document.getElementById('platforms-live');
    if (platforms) platforms.dataset.view ??= 'summary';
    if (!slot || answers === 'own') return;
    render(
      <RetryNotice title="The estimate for your answers could not be loaded." onRetry={() => show().then(() => focusAfterRetry('cost-panel-basis'))}>
        The panel below shows the cost model’s default workload instead.
      </RetryNotice>,
      slot,
    );
  });
}
