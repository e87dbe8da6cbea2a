/**
 * Redraws the result page's server-rendered cost panel for the answers and
 * cost inputs in the address (result-cost.tsx, loaded on demand). If that
 * code cannot be loaded, the panel says so above the default estimate it
 * still shows, with "Try again" (#cost-panel-status, CostPanel.astro).
 */
import { render } from 'preact';
import type { CostBook } from '../../cost/summary.ts';
import type { OptionKey } from '../../records/types.ts';
import { RetryNotice, focusAfterRetry } from '../lazy/RetryNotice.tsx';
import { loadResultCost } from './load-result-cost.ts';

export function redrawCostPanel(book: CostBook, outcome: OptionKey, traffic: string | undefined, search: string): void {
  const slot = document.getElementById('cost-panel-status');
  const show = (): Promise<void> =>
    loadResultCost().then((m) => {
      m.showResultCost(book, outcome, traffic, search);
      if (slot) render(null, slot);
    });
  show().catch(() => {
    if (!slot) return;
    render(
      <RetryNotice
        title="The estimate for your answers could not be loaded."
        onRetry={() => show().then(() => focusAfterRetry('cost-panel-basis'))}
      >
        The panel below shows the cost model’s default workload instead.
      </RetryNotice>,
      slot,
    );
  });
}
