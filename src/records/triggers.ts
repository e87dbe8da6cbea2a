/**
 * Revisit triggers: the measurable events after which the decision should be
 * made again. Numbers come from the cost summary and the facts registry;
 * where a figure is missing the trigger says which figure to add, rather
 * than inventing one.
 */
import { events, money } from './amounts.ts';
import type { RecordInput } from './types.ts';
import { OPEN_CLOUD } from './reasons.ts';
import { continuing } from './prose.ts';

/** Share of the time limit at which a run counts as "nearing" it. */
export const NEAR_LIMIT_SHARE = 0.8;

function rate(perSecond: number): string {
  const r = perSecond >= 10 ? Math.round(perSecond) : Math.round(perSecond * 10) / 10;
  return `${r.toLocaleString('en-US')} requests per second`;
}

function minutes(value: number): string {
  const m = Math.round(value * 10) / 10;
  return `${m} ${m === 1 ? 'minute' : 'minutes'}`;
}

/**
 * On the team's own hardware no public price or platform limit applies:
 * the triggers are the team's capacity, its own bill and a move to a cloud.
 */
const OWN_HARDWARE: readonly string[] = [
  'Sustained load: on the team’s own hardware no public price applies, so no break-even rate is stated; re-decide when the load outgrows the capacity planned for it, or when moving it to a public cloud is on the table.',
  'Monthly bill: no public price applies on the team’s own hardware. Write down what its share of the hardware, power and the team’s time costs a month, and re-decide when that passes twice the figure.',
  'Run time: on the team’s own platform the time limits are its own settings; re-decide if the workload moves to a public cloud, where functions stop every invocation at a fixed limit.',
];

/** Plain-text sentences, one per trigger, in a fixed order: load, bill, run time. */
export function revisitTriggers(input: RecordInput): string[] {
  if (input.hosting.kind === 'own') return [...OWN_HARDWARE];
  const onFunctions = input.outcome === 'serverless';
  const triggers: string[] = [];
  const cost = input.cost;

  const other = cost?.comparedWith ?? 'capacity that is always on';
  const chosen = cost?.option ?? (onFunctions ? 'functions' : 'the chosen option');
  if (cost?.breakEvenPerSecond !== undefined && Number.isFinite(cost.breakEvenPerSecond) && cost.breakEvenPerSecond > 0) {
    const monthVolume = cost.breakEvenPerMonth !== undefined && Number.isFinite(cost.breakEvenPerMonth) ? ` (${events(cost.breakEvenPerMonth)} a month)` : '';
    const past =
      cost.eventsPerMonth !== undefined && cost.breakEvenPerMonth !== undefined && (onFunctions ? cost.eventsPerMonth >= cost.breakEvenPerMonth : cost.eventsPerMonth < cost.breakEvenPerMonth)
        ? ` The estimated load is already ${onFunctions ? 'above' : 'below'} it: on cost alone ${onFunctions ? other : 'functions'} would win, so the other answers decided this.`
        : '';
    triggers.push(
      onFunctions
        ? `Sustained load: re-decide when load stays above ${rate(cost.breakEvenPerSecond)}${monthVolume} for a week; past that break-even volume, ${other} cost less than ${chosen} in the cost estimate.${past}`
        : `Sustained load: re-decide when load stays below ${rate(cost.breakEvenPerSecond)}${monthVolume} for a month; below that break-even volume, functions cost less than ${other} in the cost estimate.${past}`,
    );
  } else if (cost !== undefined) {
    triggers.push(
      onFunctions
        ? `Sustained load: in the cost estimate functions stay the cheaper option up to 100 billion events a month, so no break-even rate applies; re-decide if the duration, memory or load shape changes much.`
        : `Sustained load: in the cost estimate ${chosen} never cost as much as functions up to 100 billion events a month, so no break-even rate applies; re-decide if the duration, memory or load shape changes much.`,
    );
  } else {
    triggers.push(
      'Sustained load: no cost estimate was attached, so no break-even rate is stated. Add the rate at which functions and always-on capacity cost the same, and re-decide when load crosses it.',
    );
  }

  if (cost !== undefined && Number.isFinite(cost.monthly) && cost.monthly >= 0) {
    const fromBreakEven = cost.reviewMonthly !== undefined && cost.reviewMonthly === cost.breakEvenMonthly;
    const review = cost.reviewMonthly !== undefined && Number.isFinite(cost.reviewMonthly) ? cost.reviewMonthly : cost.monthly * 2;
    triggers.push(
      fromBreakEven
        ? `Monthly bill: re-decide when the bill for ${chosen} passes ${money(review, cost.currency)} a month, the bill at the break-even volume (the estimate is ${money(cost.monthly, cost.currency)}, for ${cost.assumptions}).`
        : `Monthly bill: re-decide when the bill passes ${money(review, cost.currency)} a month${cost.reviewMonthly === undefined ? ', twice the estimate' : ''} (the estimate is ${money(cost.monthly, cost.currency)}${cost.option ? ` for ${cost.option}` : ''}, for ${cost.assumptions}).`,
    );
  } else {
    triggers.push('Monthly bill: no estimate was attached. Write the bill you expect here, and re-decide when the real bill passes twice that amount.');
  }

  const limit = input.timeLimit;
  // A limit is quoted only where it is the team's: on its own cloud, or as one provider's example where none is chosen.
  const example = input.hosting.kind === 'open' ? ` (one provider’s limit, as an example: ${continuing(OPEN_CLOUD[input.hosting.why])})` : '';
  if (limit !== undefined && limit.minutes > 0) {
    const near = minutes(limit.minutes * NEAR_LIMIT_SHARE);
    triggers.push(
      onFunctions
        ? `Run time: re-decide when the slowest run passes ${near}, ${Math.round(NEAR_LIMIT_SHARE * 100)} % of the ${minutes(limit.minutes)} at which ${limit.product} stops an invocation${example} (limit checked ${limit.checked}).`
        : `Run time: ${limit.product} stops an invocation after ${minutes(limit.minutes)}${example} (checked ${limit.checked}); if the work is split into steps that each finish within ${near}, re-decide whether functions fit.`,
    );
  } else {
    const plan = input.hosting.kind === 'cloud' ? `the function plan the team would use on ${input.hosting.name}` : 'the platform';
    triggers.push(`Run time: re-decide when the slowest run comes within a fifth of the time limit of ${plan}.`);
  }
  return triggers;
}
