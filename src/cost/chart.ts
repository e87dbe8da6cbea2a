/**
 * Geometry of the cost-against-volume chart, computed without a DOM so the
 * same numbers render at build time and in the island: log scales on both
 * axes, one path per option, the reader's volume and the break-even points.
 */
import { VOLUME_MAX, VOLUME_MIN, curve, type Crossover, type Estimate, type Inputs, type OptionId, type PriceBook } from './model.ts';
import { money, volume } from './format.ts';
import { OPTION_LABEL } from './labels.ts';

export { OPTION_LABEL };

export interface ChartModel {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  series: { id: OptionId; label: string; d: string }[];
  /** Legend entries in the empty top-left corner (low volume, high cost). */
  legend: { id: OptionId; label: string; x: number; y: number }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** The reader's volume: a vertical line and one dot per option. */
  you: { x: number; dots: { id: OptionId; y: number }[] };
  crossovers: { other: OptionId; x: number; y: number; label: string }[];
  /** Lowest cost drawn; cheaper points sit on the bottom edge. */
  floor: number;
}

const W = 640;
const H = 360;
const PLOT = { left: 64, top: 16, right: W - 24, bottom: H - 48 };
const FLOOR = 1;

const log = Math.log10;

export function chartModel(inputs: Inputs, book: PriceBook, e: Estimate, crossovers: Crossover[]): ChartModel {
  const points = curve(inputs, book);
  const top = Math.max(...points.flatMap((p) => [p.functions, p.container, p.vm]), e.functions.total, e.container.total, e.vm.total, FLOOR * 10);
  const yMaxExp = Math.ceil(log(top));
  const xOf = (events: number) => PLOT.left + ((log(events) - log(VOLUME_MIN)) / (log(VOLUME_MAX) - log(VOLUME_MIN))) * (PLOT.right - PLOT.left);
  const yOf = (usd: number) => {
    const v = Math.max(FLOOR, usd);
    return PLOT.bottom - ((log(v) - log(FLOOR)) / (yMaxExp - log(FLOOR))) * (PLOT.bottom - PLOT.top);
  };
  const r = (n: number) => Math.round(n * 10) / 10;
  const ids: OptionId[] = ['functions', 'container', 'vm'];
  const series = ids.map((id) => ({
    id,
    label: OPTION_LABEL[id],
    d: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(xOf(p.events))},${r(yOf(p[id]))}`).join(''),
  }));
  const legend = ids.map((id, i) => ({ id, label: OPTION_LABEL[id], x: PLOT.left + 12, y: PLOT.top + 16 + i * 18 }));
  const xTicks = [];
  for (let exp = log(VOLUME_MIN); exp <= log(VOLUME_MAX); exp++) xTicks.push({ x: r(xOf(10 ** exp)), label: shortVolume(10 ** exp) });
  const yTicks = [];
  for (let exp = 0; exp <= yMaxExp; exp++) yTicks.push({ y: r(yOf(10 ** exp)), label: shortMoney(10 ** exp) });
  return {
    width: W,
    height: H,
    plot: PLOT,
    series,
    legend,
    xTicks,
    yTicks,
    you: { x: r(xOf(clampVolume(inputs.events))), dots: ids.map((id) => ({ id, y: r(yOf(e[id].total)) })) },
    crossovers: crossovers
      .filter((c) => c.events !== null && c.cost !== null)
      .map((c) => ({
        other: c.other,
        x: r(xOf(c.events!)),
        y: r(yOf(c.cost!)),
        label: `Functions cost as much as ${OPTION_LABEL[c.other].toLowerCase()} at ${volume(c.events!)} events a month (${money(c.cost!)})`,
      })),
    floor: FLOOR,
  };
}

const clampVolume = (n: number) => Math.min(VOLUME_MAX, Math.max(VOLUME_MIN, n));

function shortVolume(n: number): string {
  if (n >= 1e9) return `${n / 1e9}B`;
  if (n >= 1e6) return `${n / 1e6}M`;
  return `${n / 1e3}k`;
}

function shortMoney(n: number): string {
  if (n >= 1e6) return `$${n / 1e6}M`;
  if (n >= 1e3) return `$${n / 1e3}k`;
  return `$${n}`;
}

/** Decades of volume for the table that carries the chart's data. */
export const TABLE_VOLUMES = [1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11];
