/** The words of the runtime question's rules and warnings (runtime.ts): by id. */
import type { RuleWords } from '../question.ts';

export const runtimeWords: RuleWords = {
  'runtime-given': {
    says: 'The costs on this result take this typical time per event, the middle of the range on a log scale; an exact figure typed on the result replaces it.',
  },
};
