/** The words of the volume question's rules and warnings (volume.ts), by id. */
import type { RuleWords } from '../question.ts';

export const volumeWords: RuleWords = {
  'volume-given': {
    says: 'The costs on this result are computed for this many events a month, the middle of the range on a log scale; type an exact figure on the result to refine them.',
  },
  'bill-not-compute': {
    says: 'At this volume the gateway, logs, NAT and data transfer can cost more than the compute: price them per request and per byte before comparing options.',
  },
};
