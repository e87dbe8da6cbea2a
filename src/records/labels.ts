/** Confidence in words, the same on the result page, the assessment table and its record. */
import type { Confidence } from './types.ts';

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  clear: 'Clear fit',
  caveat: 'Fits, with a condition',
  boundary: 'Close call',
  open: 'Not settled',
};
