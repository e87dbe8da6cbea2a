/** The estimate as tables: the reader's volume with what each figure rests on, then the chart's data by decade. */
import { OPTION_LABEL, TABLE_VOLUMES } from '../../cost/chart.ts';
import { money, volume } from '../../cost/format.ts';
import { estimate as estimateAt, type Crossover, type Estimate, type Inputs, type OptionId, type Prices } from '../../cost/model.ts';

interface Props {
  inputs: Inputs;
  prices: Prices;
  estimate: Estimate;
  crossovers: Crossover[];
  cheapest: OptionId;
}

export function CostTables({ inputs, prices, estimate: e, crossovers, cheapest }: Props) {
  const d = e.detail;
  const basis: { [O in OptionId]: string } = {
    functions: `${volume(d.billableRequests)} billable requests and ${Math.round(d.billableGbSeconds).toLocaleString('en-US')} billable GB-seconds after the free tier`,
    container: `${d.containerVcpu.toLocaleString('en-US', { maximumFractionDigits: 2 })} vCPU on average, with ${prices.container.gibPerVcpu} GiB each, up all month`,
    vm: `${d.vmCount.toLocaleString('en-US')} × ${prices.vm.vcpus} vCPU server${d.vmCount === 1 ? '' : 's'} sized for the peak hour, ${prices.hoursPerMonth} hours`,
  };
  const cross = (id: OptionId): string => {
    if (id === 'functions') return '—';
    const c = crossovers.find((x) => x.other === id);
    return c?.events != null ? `${volume(c.events)} events a month` : 'none up to 100 billion';
  };
  const ids: OptionId[] = ['functions', 'container', 'vm'];
  return (
    <div class="cost-tables">
      <table class="cost-table" tabIndex={0}>
        <caption>Monthly estimate at {volume(inputs.events)} events a month</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">USD per month</th>
            <th scope="col">Based on</th>
            <th scope="col">Functions cost as much from</th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => (
            <tr key={id} class={id === cheapest ? 'cost-cheapest' : undefined}>
              <th scope="row">
                {OPTION_LABEL[id]}
                {id === cheapest ? <span class="cost-badge"> (cheapest)</span> : null}
              </th>
              <td>{money(e[id])}</td>
              <td>{basis[id]}</td>
              <td>{cross(id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="cost-table" tabIndex={0}>
        <caption>Monthly cost at each volume (the chart’s data)</caption>
        <thead>
          <tr>
            <th scope="col">Events per month</th>
            {ids.map((id) => (
              <th scope="col" key={id}>{OPTION_LABEL[id]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TABLE_VOLUMES.map((n) => {
            const at = estimateAt({ ...inputs, events: n }, prices);
            return (
              <tr key={n}>
                <th scope="row">{volume(n)}</th>
                {ids.map((id) => (
                  <td key={id}>{money(at[id])}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
