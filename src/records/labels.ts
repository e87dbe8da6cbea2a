/** Confidence in words, the same on the result page, the assessment table and its record. */
import type { Confidence } from './types.ts';

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  clear: 'Clear fit',
  caveat: 'Fits, with a condition',
  boundary: 'Close call',
  open: 'Not settled',
};

/** How an assessment's workloads get cost inputs (the assessment page fills them this way; see assess-logic.ts). */
export const COST_BASIS = 'for the workload’s own volume, time per event, memory and traffic shape on its team’s cloud, where it answered them; the model’s assumptions fill the rest';

/** What the free tier switch of an assessment does, in the words the page and the record share. */
export const FREE_TIER_WORDS = {
  off: 'The free tier is left out: these are list prices.',
  on: 'The free tier is applied once for the whole account: each allowance is credited once across the workloads that share a provider and an option, in proportion to what each would use, never once per workload.',
} as const;
