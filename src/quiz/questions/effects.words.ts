/** The words of the effects question's rules and warnings (effects.ts), by id. */
import type { RuleWords } from '../question.ts';

export const effectsWords: RuleWords = {
  'idempotent-effects': {
    says: 'Some events will arrive twice; an effect that must happen once needs an idempotency key recorded before it runs.',
    label: 'effects that must happen once',
    nextStep: 'Give every event an idempotency key, record it before the effect runs, and pass it to any payment or partner API that accepts one.',
  },
  'repeatable-effects': {
    says: 'A second copy of an event writes the same result again, so at-least-once delivery does no harm here.',
  },
  'exactly-once-assumed': {
    says: 'Triggers deliver at least once and retry on failure, so a payment, email or order sent from the handler will now and then go out twice unless a recorded key stops it.',
  },
};
