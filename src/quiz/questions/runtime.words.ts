/** The words of the runtime question's rules and warnings (runtime.ts): it has none; it sets the cost figures. */
import type { RuleWords } from '../question.ts';

export const runtimeWords: RuleWords = {};
