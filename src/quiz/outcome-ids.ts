/**
 * The three outcome ids, without their descriptions (outcomes.ts), for code
 * that only routes on them: the machine and the quiz island.
 */
export type OutcomeId = 'serverless' | 'managed' | 'servers';

export const OUTCOME_ORDER = ['serverless', 'managed', 'servers'] as const satisfies readonly OutcomeId[];

export function isOutcomeId(value: string): value is OutcomeId {
  return (OUTCOME_ORDER as readonly string[]).includes(value);
}
