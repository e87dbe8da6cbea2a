/**
 * The estimate for some inputs: the summary, the chart and, once their code
 * is there, the tables. A view without state: /cost/ drives it from its form
 * (CostPage.tsx), result pages from the address (result-cost.tsx), and both
 * render it at build time for the default inputs.
 *
 * The summary says what the reader needs first (the cheapest option, the
 * recommended one, what cannot be priced and which prices are not verified
 * against a current provider page); the chart follows; the tables (bill by
 * line, the chart's data, other providers) come last and may load later.
 */
import type { ComponentType } from 'preact';
import { chartModel } from '../../cost/chart.ts';
import { money, volume } from '../../cost/format.ts';
import { breakEven, cheapest, estimate, type Inputs, type OptionId, type PriceBook } from '../../cost/model.ts';
import { OPTION_LABEL, PART_LABEL, PROVIDER_LABEL } from '../../cost/labels.ts';
import { CostChart } from './CostChart.tsx';
import type { CostTablesProps } from './CostTables.tsx';

export interface CostCalculatorProps {
  book: PriceBook;
  inputs: Inputs;
  /** Prefix for element ids, so two calculators can share a page. */
  idPrefix: string;
  /** True once the browser drives it (false in the build-time rendering). */
  live: boolean;
  /** Fields that have a problem: the figures are those of the last valid inputs. */
  errorCount: number;
  /** Messages to list here (where no form shows them next to their field). */
  messages?: readonly string[];
  /** What an old link relied on that has changed (empty otherwise). */
  announce?: readonly string[];
  /** The option the page recommends: the summary states its bill too. */
  highlight?: OptionId;
  /** The tables, when their code is loaded (absent: not drawn yet). */
  Tables?: ComponentType<CostTablesProps> | null;
  /** Show the compare-providers table. */
  compare?: boolean;
}

/** The last estimate, so typing an invalid value (inputs unchanged) does not redo the break-even scan and the curve. */
let last: { inputs: Inputs; book: PriceBook; result: ReturnType<typeof compute> } | undefined;

function compute(inputs: Inputs, book: PriceBook) {
  const e = estimate(inputs, book);
  const crossovers = breakEven(inputs, book);
  return { e, crossovers, best: cheapest(e), chart: chartModel(inputs, book, e, crossovers) };
}

/** "a", "a and b", "a, b and c". */
const list = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export default function CostCalculator({ book, inputs, idPrefix, live, errorCount, messages = [], announce = [], highlight, Tables, compare = false }: CostCalculatorProps) {
  if (!last || last.inputs !== inputs || last.book !== book) last = { inputs, book, result: compute(inputs, book) };
  const { e, crossovers, best, chart } = last.result;
  return (
    <div class="cost-calculator" data-cost-live={live ? 'true' : 'false'} data-cost-stale={errorCount > 0 ? 'true' : 'false'}>
      {announce.length > 0 ? (
        <div class="cost-announce" role="note">
          <p>This link was made with an earlier version of the model. It loads with today’s model, which differs from what the link relied on:</p>
          <ul>
            {announce.map((a) => (
              <li key={a}>{a}.</li>
            ))}
          </ul>
        </div>
      ) : null}
      {messages.length > 0 ? (
        <ul class="cost-errors">
          {messages.map((message) => (
            <li class="cost-error" key={message}>
              {message}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="cost-summary" role="status">
        {errorCount > 0 ? (
          <strong class="cost-stale">
            Out of date: {errorCount === 1 ? 'one field has' : `${errorCount} fields have`} a problem, so the figures below are still those of the last valid inputs.{' '}
          </strong>
        ) : null}
        On {PROVIDER_LABEL[inputs.provider]}, at {volume(inputs.events)} events a month, {OPTION_LABEL[best].toLowerCase()} cost least: {money(e[best].total)} a month.
        {highlight && highlight !== best ? ` ${OPTION_LABEL[highlight]}, recommended here: ${money(e[highlight].total)} a month.` : ''}
        {e.notes.length ? ` Not priced: ${e.notes.join('; ')}.` : ''}
        {e.unverified.length ? ` Not verified against a current provider page: the prices for ${list(e.unverified.map((p) => PART_LABEL[p]))}.` : ''}
      </p>

      <div class={errorCount > 0 ? 'cost-results cost-results-stale' : 'cost-results'}>
        <CostChart model={chart} inputs={inputs} estimate={e} idPrefix={idPrefix} />
        {Tables ? <Tables inputs={inputs} book={book} estimate={e} crossovers={crossovers} cheapest={best} compare={compare} /> : null}
      </div>
    </div>
  );
}
