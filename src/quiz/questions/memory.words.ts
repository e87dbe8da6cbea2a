/** The words of the memory question's rules and warnings (memory.ts): by id. */
import type { RuleWords } from '../question.ts';

export const memoryWords: RuleWords = {
  'memory-given': {
    says: 'The costs on this result take this memory per unit of work, the middle of the range on a log scale; an exact figure typed on the result replaces it.',
  },
};
