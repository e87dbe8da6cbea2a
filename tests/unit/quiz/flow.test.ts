import { describe, expect, it } from 'vitest';
import {
  NEEDED,
  QUESTIONS,
  QUESTION_ORDER,
  evaluate,
  isRuledOut,
  nextAfter,
  relevantAnswers,
  setAnswer,
  walk,
  type Answers,
} from '../../../src/quiz/index.ts';
import { allFlowPaths, allFullAnswers, median } from './support.ts';

const FULL = allFullAnswers();
const PATHS = allFlowPaths();

describe('flow: skipping is safe', () => {
  it('enumerates every combination of answers', () => {
    expect(FULL).toHaveLength(QUESTION_ORDER.reduce((n, q) => n * QUESTIONS[q].options.length, 1));
    expect(new Set(FULL.map((answers) => JSON.stringify(answers))).size).toBe(FULL.length);
  });

  // For every complete answer set, the quiz asks only some questions. Giving
  // the skipped questions any answers at all must not change the result: not
  // the outcome, and not even the headline (confidence and caveats).
  it('no answer to a skipped question changes the outcome or its caveats', () => {
    const failures: string[] = [];
    for (const full of FULL) {
      const asked = relevantAnswers(full);
      const withAll = evaluate(full);
      const withAsked = evaluate(asked);
      if (withAll.outcome !== withAsked.outcome || withAll.headline !== withAsked.headline) {
        failures.push(JSON.stringify(full));
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('per path: each skipped question, answered alone any way, leaves the outcome alone', () => {
    let checked = 0;
    for (const { answers, order } of PATHS) {
      const outcome = evaluate(answers).outcome;
      for (const skipped of QUESTION_ORDER.filter((q) => !order.includes(q))) {
        for (const option of QUESTIONS[skipped].options) {
          expect(evaluate(setAnswer(answers, skipped, option.value)).outcome).toBe(outcome);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a skip is never wasted either: every question can change the outcome on some path where it is asked', () => {
    for (const question of QUESTION_ORDER) {
      const matters = PATHS.some(({ answers, order }) => {
        if (!order.includes(question)) return false;
        const outcome = evaluate(answers).outcome;
        return QUESTIONS[question].options.some((o) => {
          const changed = setAnswer(answers, question, o.value);
          return walk(changed).next === 'review' && evaluate(relevantAnswers(changed)).outcome !== outcome;
        });
      });
      expect(matters, question).toBe(true);
    }
  });
});

describe('flow: structure', () => {
  it('needed rules read only answers to earlier questions', () => {
    for (const [index, question] of QUESTION_ORDER.entries()) {
      const earlier = QUESTION_ORDER.slice(0, index);
      for (const full of FULL) {
        let prefix: Answers = {};
        for (const q of earlier) prefix = { ...prefix, [q]: full[q] };
        expect(NEEDED[question].when(full)).toBe(NEEDED[question].when(prefix));
      }
    }
  });

  it('goal and location are always asked; on premises only ends the quiz', () => {
    for (const { order, answers } of PATHS) {
      expect(order.slice(0, 2)).toEqual(['goal', 'location']);
      if (answers.location === 'on-premises') expect(order).toEqual(['goal', 'location']);
    }
  });

  it('documented skips: goal neither skips the fit questions; own data layer skips latency', () => {
    for (const { order, answers } of PATHS) {
      if (answers.goal === 'neither') {
        for (const q of ['arrival', 'duration', 'state', 'traffic', 'latency'] as const) expect(order).not.toContain(q);
      }
      if (answers.state === 'own-data-layer') expect(order).not.toContain('latency');
    }
  });

  it('asks questions in QUESTION_ORDER, and the walk agrees with step-by-step nextAfter', () => {
    for (const { answers, order } of PATHS) {
      const positions = order.map((q) => QUESTION_ORDER.indexOf(q));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(walk(answers).asked).toEqual(order);
      order.forEach((q, i) => expect(nextAfter(q, answers)).toBe(order[i + 1] ?? 'review'));
    }
  });

  it('path lengths: median within 5–8; counts and extremes agree with the full enumeration', () => {
    const lengths = PATHS.map((p) => p.order.length);
    const stats = { paths: PATHS.length, min: Math.min(...lengths), median: median(lengths), max: Math.max(...lengths) };
    // Derived from the flow, not recorded: one run per distinct set of answers the flow keeps,
    // the longest run is the longest any full answer set walks, and the shortest asks only
    // the questions every run asks.
    const alwaysAsked = QUESTION_ORDER.filter((q) => PATHS.every((p) => p.order.includes(q)));
    expect(stats.paths).toBe(new Set(FULL.map((full) => JSON.stringify(relevantAnswers(full)))).size);
    expect(stats.max).toBe(Math.max(...FULL.map((full) => walk(full).asked.length)));
    expect(stats.min).toBe(alwaysAsked.length);
    expect(stats.median).toBeGreaterThanOrEqual(5);
    expect(stats.median).toBeLessThanOrEqual(8);
    // The short runs are the early exits, and only those: an answer on them rules functions out.
    const short = PATHS.filter((p) => p.order.length < 5);
    expect(short.length).toBeGreaterThan(0);
    for (const { answers } of short) expect(isRuledOut('serverless', answers), JSON.stringify(answers)).toBe(true);
  });
});
