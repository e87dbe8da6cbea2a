/** The words of the goal question's rules and warnings (goal.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const goalWords: RuleWords = {
  'goal-neither': {
    says: 'Without simpler operations or lower cost as the aim, functions bring their constraints and none of the benefits you want.',
  },
  'prefer-managed-for-operations': {
    says: 'Simpler operations is the goal, so let a provider run the platform even though functions are out.',
  },
  'goal-operations': {
    says: 'Simpler operations is a goal functions can meet: the provider provisions, patches and scales.',
  },
  'goal-cost': {
    says: 'Lower cost is a goal functions can meet where the workload is often idle: you pay per use.',
  },
  'goal-both': {
    says: 'Functions can deliver both goals if the workload fits them; the other answers test that.',
  },
};
