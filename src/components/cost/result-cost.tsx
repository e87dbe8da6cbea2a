/**
 * Loaded on demand by the result page once the personal result is on
 * screen (redraw-cost-panel.tsx): draws what sits below it (drawBelow): the
 * team's platform tables and the cost panel for the workload's own figures
 * (ResultCostPanel), with the messages of bad inputs and the panel's link
 * to /cost/ at the same inputs; in the team's own data centre, why there is
 * no public price. The cost code (model, chart, tables) is never part of
 * the page's startup script.
 *
 * It is also the one entry point for every on-demand use of the cost code
 * on result pages and /assess/ (the record's cost summary): a single entry
 * keeps their cost code in one chunk instead of several small shared ones.
 * What only these pages need (links.ts, summary.ts, account.ts) stays here,
 * out of the chunk /cost/ shares with them.
 */
import { render } from 'preact';
import { ResultCostPanel } from './ResultCostPanel.tsx';
import type { CostBook } from '../../cost/summary.ts';
import type { OptionKey } from '../../records/types.ts';
import type { ResultInputs } from './result-inputs.ts';
import { showPlatforms, type PlatformView } from '../platforms/show-platforms.ts';

export { assessmentMonthly, costSummary } from '../../cost/summary.ts';
export { defaultsFor, inputsForResult, serializeInputs } from '../../cost/links.ts';

/**
 * `view`: the team's platforms to fetch (null: keep the page's summary).
 * `read` gives the inputs of an address (resultInputs, or costOnly when it
 * has cost inputs alone), or, in the team's own data centre, is the reason
 * there is no public price (the brief's words, passed in so this chunk
 * does not import the brief); `gpu`: the work needs GPUs, which the model
 * does not price; `onEdit` gets the address with the last valid figures
 * after each edit.
 */
export function drawBelow(
  book: CostBook,
  outcome: OptionKey,
  view: PlatformView | null,
  read: ((search: string) => ResultInputs) | string,
  gpu: boolean,
  onEdit: (search: string) => void,
): void {
  if (view !== null) showPlatforms(outcome, view).catch(() => undefined);
  // The build-time sentence is for the model's default workload; the panel, or the reason there is none, replaces it.
  document.getElementById('cost-panel-default')?.remove();
  const root = document.getElementById('cost-panel-live');
  if (!root) return;
  if (typeof read === 'string') {
    const basis = document.getElementById('cost-panel-basis');
    if (basis) basis.textContent = `${read} The cost page compares the public clouds, should you weigh a move.`;
    // Nothing to draw: the box the page held for the panel goes.
    root.hidden = true;
    return;
  }
  root.hidden = false;
  root.textContent = '';
  render(<ResultCostPanel book={book} outcome={outcome} read={read} gpu={gpu} onEdit={onEdit} />, root);
}
