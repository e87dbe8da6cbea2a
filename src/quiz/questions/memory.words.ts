/** The words of the memory question's rules and warnings (memory.ts): it has none; it sets the cost figures. */
import type { RuleWords } from '../question.ts';

export const memoryWords: RuleWords = {};
