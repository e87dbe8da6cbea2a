/** The words of the loops question's rules and warnings (loops.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const loopsWords: RuleWords = {
  'self-trigger': {
    says: 'A function that writes to the source that triggers it can invoke itself without end, billed every round, unless its outputs are kept out of the trigger.',
    label: 'a loop through its own trigger',
    nextStep: 'Write results where the trigger cannot see them (another bucket, prefix, queue or table), or filter the trigger; keep loop detection on and cap concurrency.',
  },
  'separate-outputs': {
    says: 'Outputs go somewhere the trigger cannot see, so the function cannot invoke itself.',
  },
  'recursive-loop': {
    says: 'A function that writes to the source that triggers it can run in a loop that costs money on every round; provider loop detection covers only some services.',
  },
};
