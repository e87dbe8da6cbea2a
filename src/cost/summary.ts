/**
 * The one place that turns the cost model into a decision record's
 * CostSummary: the monthly estimate of the chosen option, the break-even
 * volume against the always-on option that matters, and the bill at that
 * volume. Every figure comes from estimate() and breakEven(); nothing here
 * repeats a formula.
 */
import { PEAK_TO_AVERAGE, breakEven, estimate, type Inputs, type OptionId, type Prices } from './model.ts';
import { OPTION_LABEL } from './chart.ts';
import { volume } from './format.ts';
import type { CostSummary, FactDate, OptionKey } from '../records/types.ts';
import type { Limits } from './inputs.ts';

/** What the browser needs to estimate and cite: plain data, built from the facts registry at build time. */
export interface CostBook {
  readonly prices: Prices;
  readonly limits: Limits;
  /** Where the prices apply, in words. */
  readonly region: string;
  /** The registry facts behind the prices and limits, with their checked dates. */
  readonly sources: readonly FactDate[];
}

/** The cost option each quiz outcome runs on. */
export const COST_OPTION: { readonly [O in OptionKey]: OptionId } = {
  serverless: 'functions',
  managed: 'container',
  servers: 'vm',
};

const SHAPE_WORDS: { readonly [S in Inputs['shape']]: string } = {
  spiky: 'spiky load',
  variable: 'variable load',
  'steady-high': 'steady, high load',
};

/** The inputs in words, for the record ("5 million events a month, variable load (peak 3× the average), …"). */
export function describeInputs(inputs: Inputs): string {
  const pct = Math.round(inputs.ioWait * 1000) / 10;
  return [
    `${volume(inputs.events)} events a month`,
    `${SHAPE_WORDS[inputs.shape]} (busiest hour ${PEAK_TO_AVERAGE[inputs.shape]}× the average)`,
    `${inputs.durationMs.toLocaleString('en-US')} ms each`,
    `${inputs.memoryMb.toLocaleString('en-US')} MB`,
    `${pct} % of the time waiting on I/O`,
    `a virtual machine at ${inputs.vmHourly} USD an hour`,
  ].join(', ');
}

/**
 * The cost summary of a decision. The break-even is taken against:
 * - for functions, the always-on option functions lose to first (lowest volume);
 * - for managed containers or servers, that option itself against functions.
 */
export function costSummary(outcome: OptionKey, inputs: Inputs, book: CostBook): CostSummary {
  const { prices } = book;
  const option = COST_OPTION[outcome];
  const e = estimate(inputs, prices);
  const crossings = breakEven(inputs, prices).filter((c) => c.events !== null && c.cost !== null);
  const crossing =
    option === 'functions'
      ? [...crossings].sort((a, b) => a.events! - b.events!)[0]
      : crossings.find((c) => c.other === option);
  const secondsPerMonth = prices.hoursPerMonth * 3600;
  const monthly = e[option];
  // At the crossing both options cost the same, so crossing.cost is also the chosen option's bill there.
  const breakEvenMonthly = crossing ? crossing.cost! : undefined;
  return {
    currency: 'USD',
    monthly,
    option: OPTION_LABEL[option].toLowerCase(),
    ...(crossing
      ? {
          breakEvenPerSecond: crossing.events! / secondsPerMonth,
          breakEvenPerMonth: crossing.events!,
          breakEvenMonthly,
          comparedWith: OPTION_LABEL[crossing.other].toLowerCase(),
        }
      : {}),
    // On functions the bill grows with load until always-on capacity is as cheap: that bill is the trigger.
    ...(option === 'functions' && breakEvenMonthly !== undefined && breakEvenMonthly > monthly ? { reviewMonthly: breakEvenMonthly } : {}),
    eventsPerMonth: inputs.events,
    assumptions: describeInputs(inputs),
    region: book.region,
    sources: book.sources,
  };
}
