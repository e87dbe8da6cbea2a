/**
 * What the site says about itself: the home page and the quiz page state how
 * many questions the quiz asks, and that range must match every path through
 * the machine (counted independently here, from the machine's graph).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDecisionTree } from '../../src/quiz';
import { questionCountRange, questionCountWords } from '../../src/lib/quiz-length';
import { DIST_DIR, requireDist } from '../support/dist';

describe('the quiz length the site states', () => {
  it('matches the shortest and longest path through the decision tree', () => {
    const lengths: number[] = [];
    const walk = (node: ReturnType<typeof getDecisionTree>, asked: number): void => {
      if (node.kind === 'outcome') return void lengths.push(asked);
      for (const b of node.branches) walk(b.node, asked + (node.kind === 'question' ? 1 : 0));
    };
    walk(getDecisionTree(), 0);
    expect(questionCountRange()).toEqual({ min: Math.min(...lengths), max: Math.max(...lengths) });
  });

  it('is what the home page and the quiz page say', () => {
    requireDist();
    const words = questionCountWords();
    expect(readFileSync(join(DIST_DIR, 'index.html'), 'utf8')).toContain(`asks ${words} questions`);
    expect(readFileSync(join(DIST_DIR, 'quiz', 'index.html'), 'utf8')).toContain(`Answer ${words} questions`);
  });
});
