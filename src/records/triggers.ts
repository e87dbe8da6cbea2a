/**
 * Revisit triggers: the measurable events after which the decision should be
 * made again. Numbers come from the cost summary and the facts registry;
 * where a figure is missing the trigger says which figure to add, rather
 * than inventing one.
 */
import type { RecordInput } from './types.ts';

/** Share of the time limit at which a run counts as "nearing" it. */
export const NEAR_LIMIT_SHARE = 0.8;

function money(amount: number, currency: string): string {
  const rounded = amount >= 100 ? Math.round(amount) : Math.round(amount * 100) / 100;
  return `${rounded.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${currency}`;
}

function rate(perSecond: number): string {
  const r = perSecond >= 10 ? Math.round(perSecond) : Math.round(perSecond * 10) / 10;
  return `${r.toLocaleString('en-US')} requests per second`;
}

function minutes(value: number): string {
  const m = Math.round(value * 10) / 10;
  return `${m} ${m === 1 ? 'minute' : 'minutes'}`;
}

/** Plain-text sentences, one per trigger, in a fixed order: load, bill, run time. */
export function revisitTriggers(input: RecordInput): string[] {
  const onFunctions = input.outcome === 'serverless';
  const triggers: string[] = [];
  const cost = input.cost;

  if (cost?.breakEvenPerSecond !== undefined && Number.isFinite(cost.breakEvenPerSecond) && cost.breakEvenPerSecond > 0) {
    triggers.push(
      onFunctions
        ? `Sustained load: re-decide when load stays above ${rate(cost.breakEvenPerSecond)} for a week; past that rate, capacity that is always on costs less than functions in the cost estimate.`
        : `Sustained load: re-decide when load stays below ${rate(cost.breakEvenPerSecond)} for a month; below that rate, functions cost less than capacity that is always on in the cost estimate.`,
    );
  } else {
    triggers.push(
      'Sustained load: no cost estimate was attached, so no break-even rate is stated. Add the rate at which functions and always-on capacity cost the same, and re-decide when load crosses it.',
    );
  }

  if (cost !== undefined && Number.isFinite(cost.monthly) && cost.monthly >= 0) {
    const review = cost.reviewMonthly !== undefined && Number.isFinite(cost.reviewMonthly) ? cost.reviewMonthly : cost.monthly * 2;
    triggers.push(
      `Monthly bill: re-decide when the bill passes ${money(review, cost.currency)} a month (the estimate is ${money(cost.monthly, cost.currency)}, for ${cost.assumptions}).`,
    );
  } else {
    triggers.push('Monthly bill: no estimate was attached. Write the bill you expect here, and re-decide when the real bill passes twice that amount.');
  }

  const limit = input.timeLimit;
  if (limit !== undefined && limit.minutes > 0) {
    const near = minutes(limit.minutes * NEAR_LIMIT_SHARE);
    triggers.push(
      onFunctions
        ? `Run time: re-decide when the slowest run passes ${near}, ${Math.round(NEAR_LIMIT_SHARE * 100)} % of the ${minutes(limit.minutes)} at which ${limit.product} stops an invocation (limit checked ${limit.checked}).`
        : `Run time: ${limit.product} stops an invocation after ${minutes(limit.minutes)} (checked ${limit.checked}); if the work is split into steps that each finish within ${near}, re-decide whether functions fit.`,
    );
  } else {
    triggers.push('Run time: re-decide when the slowest run comes within a fifth of the platform’s time limit.');
  }
  return triggers;
}
