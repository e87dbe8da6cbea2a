/**
 * Loaded on demand by the result page's island (ResultFromUrl) when the
 * address carries answers or cost inputs: redraws the server-rendered cost
 * panel for the traffic answer and those inputs, shows the messages of bad
 * ones, and points the panel's link to /cost/ at the same inputs. The cost
 * code (model, chart, tables) is never part of the page's startup script.
 *
 * It is also the one entry point for every on-demand use of the cost code
 * on result pages and /assess/ (the record's cost summary): a single entry
 * keeps their cost code in one chunk instead of several small shared ones.
 * What only these pages need (links.ts, summary.ts, account.ts) stays here,
 * out of the chunk /cost/ shares with them.
 */
import { render } from 'preact';
import CostCalculator from './CostCalculator.tsx';
import { CostTables } from './CostTables.tsx';
import { COST_OPTION, describeInputs, type CostBook } from '../../cost/summary.ts';
import { inputsForResult, serializeInputs } from '../../cost/links.ts';

export { assessmentMonthly, costSummary } from '../../cost/summary.ts';
export { defaultsFor, inputsForResult, serializeInputs } from '../../cost/links.ts';
import type { OptionKey } from '../../records/types.ts';

export function showResultCost(book: CostBook, outcome: OptionKey, traffic: string | undefined, search: string): void {
  const root = document.getElementById('cost-panel-live');
  if (!root) return;
  const { inputs, errors } = inputsForResult(search, traffic, book.limits);
  // The static markup is replaced, not hydrated: it was drawn for other inputs.
  root.textContent = '';
  render(
    <CostCalculator
      book={book.book}
      inputs={inputs}
      idPrefix="cost-panel"
      live
      errorCount={errors.length}
      messages={errors.map((e) => e.message)}
      highlight={COST_OPTION[outcome]}
      Tables={CostTables}
    />,
    root,
  );
  const basis = document.getElementById('cost-panel-basis');
  if (basis) {
    const shape = traffic === inputs.shape ? ' The daily shape follows your traffic answer.' : '';
    basis.textContent = `For ${describeInputs(inputs)}.${shape}`;
  }
  const link = document.getElementById('cost-panel-link');
  const query = serializeInputs(inputs, book.limits);
  if (link instanceof HTMLAnchorElement) link.href = `/cost/${query ? `?${query}` : ''}`;
}
