/**
 * The cost-against-volume chart as SVG. Lines differ by dash pattern and
 * end label as well as colour; the reader's volume and the break-even
 * points are marked with shapes and text. The same data is in the table
 * that follows the chart, for readers who cannot see it.
 */
import type { ChartModel } from '../../cost/chart.ts';
import { money, volume } from '../../cost/format.ts';
import { VOLUME_MAX, VOLUME_MIN, type Estimate, type Inputs } from '../../cost/model.ts';

interface Props {
  model: ChartModel;
  inputs: Inputs;
  estimate: Estimate;
  idPrefix: string;
}

export function CostChart({ model, inputs, estimate, idPrefix }: Props) {
  const { plot } = model;
  const titleId = `${idPrefix}-chart-title`;
  const descId = `${idPrefix}-chart-desc`;
  const crossText = model.crossovers.length
    ? model.crossovers.map((c) => c.label).join('. ')
    : 'Functions stay the cheapest option across the whole range';
  return (
    <figure class="cost-figure">
      <svg class="cost-chart" viewBox={`0 0 ${model.width} ${model.height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>Monthly cost against events per month</title>
        <desc id={descId}>
          {`Logarithmic scales from ${volume(VOLUME_MIN)} to ${volume(VOLUME_MAX)} events and from ${money(model.floor)} a month. At your ${volume(inputs.events)} events: functions ${money(estimate.functions.total)}, managed containers ${money(estimate.container.total)}, virtual machines ${money(estimate.vm.total)}. ${crossText}.`}
        </desc>
        <g aria-hidden="true">
          {/* One path for the whole grid: far less markup than a line per tick (the panel on result pages is server-rendered). */}
          <path
            class="cost-grid"
            d={[...model.yTicks.map((t) => `M${plot.left},${t.y}H${plot.right}`), ...model.xTicks.map((t) => `M${t.x},${plot.top}V${plot.bottom}`)].join('')}
          />
          {model.yTicks.map((t) => (
            <text key={`y${t.label}`} class="cost-tick" x={plot.left - 6} y={t.y + 4} text-anchor="end">
              {t.label}
            </text>
          ))}
          {model.xTicks.map((t) => (
            <text key={`x${t.label}`} class="cost-tick" x={t.x} y={plot.bottom + 18} text-anchor="middle">
              {t.label}
            </text>
          ))}
          <text class="cost-axis" x={(plot.left + plot.right) / 2} y={plot.bottom + 40} text-anchor="middle">Events per month</text>
          <text class="cost-axis" x={14} y={(plot.top + plot.bottom) / 2} text-anchor="middle" transform={`rotate(-90 14 ${(plot.top + plot.bottom) / 2})`}>
            USD per month
          </text>
          <line class="cost-you-line" x1={model.you.x} x2={model.you.x} y1={plot.top} y2={plot.bottom} />
          <text class="cost-you-label" x={model.you.x + 4} y={model.you.x < plot.left + 190 ? plot.bottom - 8 : plot.top + 12}>
            You
          </text>
          {model.series.map((s) => (
            <path key={s.id} class={`cost-line cost-line-${s.id}`} d={s.d} />
          ))}
          <rect class="cost-legend-box" x={model.plot.left + 4} y={model.plot.top + 4} width={178} height={62} rx={4} />
          {model.legend.map((l) => (
            <g key={l.id}>
              <line class={`cost-line cost-line-${l.id}`} x1={l.x} x2={l.x + 28} y1={l.y - 4} y2={l.y - 4} />
              <text class="cost-end" x={l.x + 36} y={l.y}>{l.label}</text>
            </g>
          ))}
          {model.you.dots.map((d) => (
            <circle key={d.id} class={`cost-dot cost-dot-${d.id}`} cx={model.you.x} cy={d.y} r={5} />
          ))}
          {model.crossovers.map((c) => (
            <g key={c.other}>
              <rect class="cost-cross" x={c.x - 5} y={c.y - 5} width={10} height={10} transform={`rotate(45 ${c.x} ${c.y})`} />
            </g>
          ))}
        </g>
      </svg>
      <figcaption>
        Circles: your volume. Diamonds: where functions start to cost as much as the other option. Costs under {money(model.floor)} a month sit on the
        bottom line.
      </figcaption>
    </figure>
  );
}
