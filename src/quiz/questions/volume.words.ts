/** The words of the volume question's rules and warnings (volume.ts), by id. */
import type { RuleWords } from '../question.ts';

export const volumeWords: RuleWords = {
  'bill-not-compute': {
    says: 'At this volume the gateway, logs, NAT and data transfer can cost more than the compute: price them per request and per byte before comparing options.',
  },
};
