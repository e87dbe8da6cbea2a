/**
 * The one place that turns the cost model into a decision record's
 * CostSummary: the monthly estimate of the chosen option, the break-even
 * volume against the always-on option that matters, and the bill at that
 * volume. Every figure comes from estimate() and breakEven(); nothing here
 * repeats a formula.
 */
import { PEAK, breakEven, estimate, type Inputs, type OptionId, type PriceBook, type Provider } from './model.ts';
import { assessmentCosts } from './account.ts';
import { OPTION_LABEL, PROVIDER_LABEL } from './labels.ts';
import { volume } from './format.ts';
import type { CostSummary, FactDate, OptionKey } from '../records/types.ts';
import type { FieldId, InputRules } from './inputs.ts';

/** What the browser needs to estimate and cite: plain data, built from the facts registry at build time. */
export interface CostBook {
  readonly book: PriceBook;
  /** The input rules (function limits, shape codes); named limits for the pages that read it. */
  readonly limits: InputRules;
  /** Where each provider's prices apply, in words. */
  readonly regions: { readonly [P in Provider]: string };
  /** The registry facts behind the prices and limits, with their checked dates (none for an unverified fact). */
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
  flat: 'flat load',
};

/**
 * The inputs in words, for the record. `team` names the fields the team
 * gave (their own figures); every other workload figure is marked
 * "assumed". Without `team`, nothing is marked.
 */
export function describeInputs(i: Inputs, team?: ReadonlySet<FieldId>): string {
  const mark = (field: FieldId, text: string) => (team && !team.has(field) ? `${text} (assumed)` : text);
  const pct = (share: number) => Math.round(share * 1000) / 10;
  return [
    PROVIDER_LABEL[i.provider],
    mark('events', `${volume(i.events)} events a month`),
    mark('shape', `${SHAPE_WORDS[i.shape]} (busiest hour ${PEAK[i.shape][0]}× the average)`),
    mark('durationMs', `${i.durationMs.toLocaleString('en-US')} ms each`),
    mark('memoryMb', `${i.memoryMb.toLocaleString('en-US')} MB`),
    mark('ioWait', `${pct(i.ioWait)} % of the time waiting on I/O`),
    `${i.arch === 'arm' ? 'Arm' : 'x86'}`,
    `free tier ${i.freeTier ? 'subtracted' : 'left out'}`,
    `servers sized for ${pct(i.util)} % CPU and ${i.concurrency} requests in flight per instance`,
    ...(i.commit > 0 ? [`${i.commit} % commitment discount asked for`] : []),
    ...(i.vmHourly !== undefined ? [mark('vmHourly', `a virtual machine at ${i.vmHourly} USD an hour`)] : []),
  ].join(', ');
}

/**
 * The cost summary of a decision. The break-even is taken against:
 * - for functions, the always-on option functions lose to first (lowest volume);
 * - for managed containers or servers, that option itself against functions.
 */
export function costSummary(outcome: OptionKey, inputs: Inputs, cost: CostBook, team?: ReadonlySet<FieldId>): CostSummary {
  const { book } = cost;
  const option = COST_OPTION[outcome];
  const e = estimate(inputs, book);
  const crossings = breakEven(inputs, book).filter((c) => c.events !== null && c.cost !== null);
  const crossing = option === 'functions' ? [...crossings].sort((a, b) => a.events! - b.events!)[0] : crossings.find((c) => c.other === option);
  const secondsPerMonth = book.hoursPerMonth * 3600;
  const monthly = e[option].total;
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
    assumptions: describeInputs(inputs, team),
    region: cost.regions[inputs.provider],
    sources: cost.sources,
  };
}

/**
 * Monthly bills for an assessment's workloads on one account, with the
 * free tier applied once for all of them when `freeTierOnce` is on (never
 * once per workload).
 */
export function assessmentMonthly(items: readonly { outcome: OptionKey; inputs: Inputs }[], cost: CostBook, freeTierOnce: boolean): number[] {
  return assessmentCosts(
    items.map((w) => ({ inputs: w.inputs, option: COST_OPTION[w.outcome] })),
    cost.book,
    freeTierOnce,
  );
}
