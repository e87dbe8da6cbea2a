/** The words of the signals question's rules and warnings (signals.ts), by id. */
import type { RuleWords } from '../question.ts';

export const signalsWords: RuleWords = {
  'signals-watched': {
    says: 'Backlog age, dead letters, throttles and errors are watched, with a trace across each hop, so a silent failure between steps gets noticed.',
  },
  'signals-thin': {
    says: 'Logs and an alarm on errors show code that fails, not work that waits in a queue or ends in a dead-letter queue.',
  },
  'flying-blind': {
    says: 'Between steps nobody waits for the answer, so failures and backlogs stay silent unless something watches the age of waiting work, dead letters, throttles and the error rate.',
  },
};
