/**
 * The outcome of a finished quiz when some answers are "Not sure": every
 * reading of the answers (flow.ts) is decided by the rules, and the
 * outcomes are weighed by their share of the readings. Word-free, so the
 * machine's CONFIRM can use it on the quiz page; decide.ts explains it.
 */
import { choose } from './choose.ts';
import { readings, type Reading } from './flow.ts';
import { OUTCOME_ORDER, type OutcomeId } from './outcome-ids.ts';
import type { Answers } from './questions.ts';

export interface DecidedReading extends Reading {
  readonly outcome: OutcomeId;
}

export interface Settlement {
  /** The outcome with the largest share (ties go to the later one in OUTCOME_ORDER, the one that asks less of the workload). */
  readonly primary: OutcomeId;
  /** Every outcome some reading leads to, in OUTCOME_ORDER. One entry when the answers settle it. */
  readonly range: readonly OutcomeId[];
  /** Share of the readings per outcome in the range (sums to 1). */
  readonly shares: { readonly [O in OutcomeId]?: number };
  readonly readings: readonly DecidedReading[];
}

// CONFIRM asks once per outcome; the same answers need settling only once.
let last: { key: string; settlement: Settlement } | undefined;

/** Settles the answers on the quiz's path (see relevantAnswers). */
export function settle(answers: Answers): Settlement {
  const key = JSON.stringify(answers);
  if (last?.key === key) return last.settlement;
  const settlement = settleNow(answers);
  last = { key, settlement };
  return settlement;
}

function settleNow(answers: Answers): Settlement {
  const decided = readings(answers).map((reading) => ({ ...reading, outcome: choose(reading.answers).outcome }));
  const shares: { [O in OutcomeId]?: number } = {};
  for (const { outcome, weight } of decided) shares[outcome] = (shares[outcome] ?? 0) + weight;
  const range = OUTCOME_ORDER.filter((outcome) => (shares[outcome] ?? 0) > 0);
  // Later outcomes win ties: with the answers open, the option that asks less of the workload is the safer advice.
  const primary = range.reduce((best, outcome) => ((shares[outcome] ?? 0) >= (shares[best] ?? 0) ? outcome : best), range[0] ?? 'servers');
  return { primary, range, shares, readings: decided };
}
