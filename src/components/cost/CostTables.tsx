/**
 * The estimate as tables: each option's bill by line with the dominant
 * lines, the chart's data by decade, and the same workload on every
 * provider. On /cost/ this is its own chunk, loaded after the page starts
 * (the summary and the chart come first); result pages import it directly.
 */
import { TABLE_VOLUMES } from '../../cost/chart.ts';
import { money, volume } from '../../cost/format.ts';
import { LINE_LABEL, OPTION_LABEL, PROVIDER_LABEL } from '../../cost/labels.ts';
import { LINE_IDS, OPTION_IDS, PROVIDERS, VOLUME_MAX, cheapest as cheapestOf, estimate as estimateAt, type Crossover, type Estimate, type Inputs, type OptionId, type PriceBook } from '../../cost/model.ts';

export interface CostTablesProps {
  inputs: Inputs;
  book: PriceBook;
  estimate: Estimate;
  crossovers: Crossover[];
  cheapest: OptionId;
  /** Show the compare-providers table. */
  compare?: boolean;
}

export function CostTables({ inputs, book, estimate: e, crossovers, cheapest, compare }: CostTablesProps) {
  const cross = (id: OptionId): string => {
    if (id === 'functions') return '—';
    const c = crossovers.find((x) => x.other === id);
    return c?.events != null ? `${volume(c.events)} events a month` : `none up to ${volume(VOLUME_MAX)}`;
  };
  // The panel on result pages (no compare view) shows only the lines that cost something, to keep the page light.
  const lineIds = compare ? LINE_IDS : LINE_IDS.filter((l) => OPTION_IDS.some((id) => e[id].lines[l] > 0));
  const count = (id: OptionId) => (e[id].instances ? `${e[id].instances.toLocaleString('en-US', { maximumFractionDigits: 2 })} on average` : 'per request');
  return (
    <div class="cost-tables">
      <table class="cost-table" tabIndex={0}>
        <caption>Monthly bill at {volume(inputs.events)} events a month, by line</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Total</th>
            {lineIds.map((l) => (
              <th scope="col" key={l}>
                {LINE_LABEL[l]}
              </th>
            ))}
            <th scope="col">Mostly</th>
            <th scope="col">Instances</th>
            <th scope="col">Functions cost as much from</th>
          </tr>
        </thead>
        <tbody>
          {OPTION_IDS.map((id) => (
            <tr key={id} class={id === cheapest ? 'cost-cheapest' : undefined}>
              <th scope="row">
                {OPTION_LABEL[id]}
                {id === cheapest ? <span class="cost-badge"> (cheapest)</span> : null}
              </th>
              <td>{money(e[id].total)}</td>
              {lineIds.map((l) => (
                <td key={l}>{money(e[id].lines[l])}</td>
              ))}
              <td>{e[id].dominant.map((l) => LINE_LABEL[l]).join(', ') || '—'}</td>
              <td>{count(id)}</td>
              <td>{cross(id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="cost-table" tabIndex={0}>
        <caption>Monthly total at each volume (the chart’s data)</caption>
        <thead>
          <tr>
            <th scope="col">Events per month</th>
            {OPTION_IDS.map((id) => (
              <th scope="col" key={id}>
                {OPTION_LABEL[id]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TABLE_VOLUMES.map((n) => {
            const at = estimateAt({ ...inputs, events: n }, book);
            return (
              <tr key={n}>
                <th scope="row">{volume(n)}</th>
                {OPTION_IDS.map((id) => (
                  <td key={id}>{money(at[id].total)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {compare ? (
        <table class="cost-table" tabIndex={0} id="compare-providers">
          <caption>Compare providers: the same workload and levers on each (reference VM prices)</caption>
          <thead>
            <tr>
              <th scope="col">Provider</th>
              {OPTION_IDS.map((id) => (
                <th scope="col" key={id}>
                  {OPTION_LABEL[id]}
                </th>
              ))}
              <th scope="col">Cheapest</th>
            </tr>
          </thead>
          <tbody>
            {PROVIDERS.map((p) => {
              const { vmHourly: _own, ...rest } = inputs;
              const at = estimateAt({ ...rest, provider: p }, book);
              return (
                <tr key={p}>
                  <th scope="row">{PROVIDER_LABEL[p]}</th>
                  {OPTION_IDS.map((id) => (
                    <td key={id}>{money(at[id].total)}</td>
                  ))}
                  <td>{OPTION_LABEL[cheapestOf(at)]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
