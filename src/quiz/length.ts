/**
 * How many questions the quiz asks, counted on the machine's own decision
 * tree, so the home page's "asks N to M questions" stays true whenever
 * questions or skip rules change.
 */
import { getDecisionTree } from './index.ts';

type TreeNode = ReturnType<typeof getDecisionTree>;

let cached: { min: number; max: number } | undefined;

/** Fewest and most questions answered on any path from the start to an outcome. */
export function questionCountRange(): { min: number; max: number } {
  if (cached) return cached;
  let min = Infinity;
  let max = 0;
  const walk = (node: TreeNode, asked: number): void => {
    const here = node.kind === 'question' ? asked + 1 : asked;
    if (node.kind === 'outcome') {
      min = Math.min(min, asked);
      max = Math.max(max, asked);
      return;
    }
    // The review screen can lead back to questions; count each question once per path.
    for (const branch of node.branches) walk(branch.node, here);
  };
  walk(getDecisionTree(), 0);
  if (!Number.isFinite(min)) throw new Error('The quiz tree reaches no outcome; cannot say how many questions it asks.');
  cached = { min, max };
  return cached;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "five to eight", or "six" when every path asks the same number. */
export function questionCountWords(): string {
  const { min, max } = questionCountRange();
  const word = (n: number) => WORDS[n] ?? String(n);
  return min === max ? word(min) : `${word(min)} to ${word(max)}`;
}
