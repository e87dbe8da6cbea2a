/** Confidence in words, the same on the result page, the assessment table and its record. */
import type { Confidence } from './types.ts';

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  clear: 'Clear fit',
  caveat: 'Fits, with a condition',
  boundary: 'Close call',
  open: 'Not settled',
};

/** How an assessment's workloads get cost inputs (the assessment page fills them this way; see AssessApp). */
export const COST_BASIS = 'at the model’s default inputs with the daily shape taken from the workload’s traffic answer';
