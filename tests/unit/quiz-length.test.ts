/**
 * What the site says about itself: the home page and the quiz page state how
 * many questions the quiz asks, and that range must match every run through
 * the quiz. The site counts on the machine's decision tree (src/quiz/length.ts);
 * this counts on the flow instead (walk() over every complete run), so the
 * two can disagree when either is wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionCountRange, questionCountWords } from '../../src/quiz/length';
import { DIST_DIR, requireDist } from '../support/dist';
import { allFlowPaths } from './quiz/support';

describe('the quiz length the site states', () => {
  it('matches the shortest and longest run through the flow', () => {
    const lengths = allFlowPaths().map((p) => p.order.length);
    expect(questionCountRange()).toEqual({ min: Math.min(...lengths), max: Math.max(...lengths) });
  });

  it('is what the home page and the quiz page say', () => {
    requireDist();
    const words = questionCountWords();
    expect(readFileSync(join(DIST_DIR, 'index.html'), 'utf8')).toContain(`asks ${words} questions`);
    expect(readFileSync(join(DIST_DIR, 'quiz', 'index.html'), 'utf8')).toContain(`Answer ${words} questions`);
  });
});
