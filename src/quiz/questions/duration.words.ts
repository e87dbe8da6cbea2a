/** The words of the duration question's rules and warnings (duration.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const durationWords: RuleWords = {
  'beyond-time-limits': {
    says: 'A unit of work that can run past the platform time limit would be cut off mid-way; it needs a runtime without that ceiling.',
  },
  'near-time-limits': {
    says: 'Close to the ceiling, a slow dependency or a larger input tips a run into a timeout.',
    label: 'timeouts',
    nextStep: 'Split each unit of work into smaller steps, or plan where it goes when it outgrows the time limit.',
  },
  'short-runs': {
    says: 'Each unit finishes in seconds, far from any platform time limit.',
  },
  'batch-timeouts': {
    says: 'Work that runs close to the time limit will cross it as the input grows; the run is cut off and has to be retried or repaired.',
  },
  'split-across-invocations': {
    says: 'Work longer than any function may run tempts teams to split it across functions that re-invoke themselves and track progress in a table; an orchestration service or a container does that job properly.',
  },
};
