/** The words of the state question's rules and warnings (state.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const stateWords: RuleWords = {
  'own-data-layer': {
    says: 'Building and running your own data layer brings back the fixed cost and the operations that functions were meant to remove (antipattern No. 2).',
  },
  'stateless': {
    says: 'Nothing has to survive between invocations, which is what functions assume.',
  },
  'managed-data': {
    says: 'State lives in a managed service that scales with demand, which keeps the serverless benefits.',
  },
  'data-layer-you-run': {
    says: 'Functions in front of a data layer you build and run, such as a connection-pool service, keep the fixed costs and on-call work that serverless was supposed to remove.',
  },
};
