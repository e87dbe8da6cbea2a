import { describe, expect, it } from 'vitest';
import {
  NEEDED,
  QUESTIONS,
  QUESTION_ORDER,
  decide,
  evaluate,
  isRuledOut,
  relevantAnswers,
  setAnswer,
  walk,
  type Answers,
  type QuestionId,
} from '../../../src/quiz/index.ts';
import { UNSURE, concreteOptions, decidesAt } from '../../../src/quiz/questions.ts';
import { settle } from '../../../src/quiz/settle.ts';
import { FIGURE_IDS, workloadFigures, type FigureId } from '../../../src/quiz/workload-figures.ts';
import { adviceFixture, allFlowPaths, allFullAnswers, median, pick, randomAnswers, seededRandom } from './support.ts';

const FULL = allFullAnswers();
const isFigure = (q: QuestionId): q is FigureId => (FIGURE_IDS as readonly string[]).includes(q);
/** The answers to the questions asked before `question`. */
const earlierOf = (question: QuestionId, answers: Answers): Answers =>
  Object.fromEntries(QUESTION_ORDER.slice(0, QUESTION_ORDER.indexOf(question)).map((q) => [q, answers[q]])) as Answers;
const PATHS = allFlowPaths();
const ADVICE = QUESTION_ORDER.filter((q) => QUESTIONS[q].role === 'advice');
/** Seeded samples over every option of every question (advice questions included), for the proofs too big to enumerate. */
const SAMPLES = (seed: number, count: number, unsure = 0): Answers[] => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => randomAnswers(random, unsure));
};

describe('flow: skipping is safe', () => {
  // The fixture (support.ts) is what makes the proofs below exhaustive, so it
  // is checked against the questions themselves, not against its own helper.
  it('enumerates every combination of the answers that decide, once each', () => {
    expect(new Set(FULL.map((answers) => JSON.stringify(answers))).size).toBe(FULL.length);
    for (const [index, q] of QUESTION_ORDER.entries()) {
      // Answers to the questions before q → the values of q the fixture gives after them.
      const after = new Map<string, Set<string>>();
      for (const answers of FULL) {
        const key = JSON.stringify(QUESTION_ORDER.slice(0, index).map((e) => answers[e]));
        after.set(key, (after.get(key) ?? new Set()).add(String(answers[q])));
      }
      for (const answers of FULL.filter((_, i) => i % 97 === 0)) {
        const earlier = Object.fromEntries(QUESTION_ORDER.slice(0, index).map((e) => [e, answers[e]])) as Answers;
        const seen = after.get(JSON.stringify(QUESTION_ORDER.slice(0, index).map((e) => answers[e])));
        // Where q decides, every option follows the same earlier answers; elsewhere it keeps one answer (the advice tests vary it).
        const expected = decidesAt(q, earlier) ? concreteOptions(q).map((o) => o.value) : [adviceFixture(q)];
        expect(seen, q).toEqual(new Set(expected));
      }
    }
    // The one advice question that decides somewhere (the cloud, for GPU work) makes the fixture larger than the outcome questions' product.
    const outcome = QUESTION_ORDER.filter((q) => QUESTIONS[q].role === 'outcome');
    expect(FULL.length).toBeGreaterThan(outcome.reduce((n, q) => n * concreteOptions(q).length, 1));
  });

  // For every complete answer set, the quiz asks only some questions. Giving
  // the skipped questions any answers at all must not change the result: not
  // the outcome, and not even the headline (confidence and caveats).
  it('no answer to a skipped question changes the outcome or its caveats (every outcome combination)', () => {
    const failures: string[] = [];
    for (const full of FULL) {
      const withAll = evaluate(full);
      const withAsked = evaluate(relevantAnswers(full));
      if (withAll.outcome !== withAsked.outcome || withAll.headline !== withAsked.headline) failures.push(JSON.stringify(full));
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('the same over 5,000 seeded random answer sets that vary the advice questions too', () => {
    const failures = SAMPLES(11, 5000).filter((full) => {
      const withAll = evaluate(full);
      const withAsked = evaluate(relevantAnswers(full));
      return withAll.outcome !== withAsked.outcome || withAll.headline !== withAsked.headline;
    });
    expect(failures.slice(0, 3)).toEqual([]);
  });

  it('per path: each skipped question, answered alone any way, leaves the outcome alone', () => {
    let checked = 0;
    for (const { answers, order } of PATHS) {
      const outcome = evaluate(answers).outcome;
      for (const skipped of QUESTION_ORDER.filter((q) => !order.includes(q))) {
        for (const option of concreteOptions(skipped)) {
          expect(evaluate(setAnswer(answers, skipped, option.value)).outcome).toBe(outcome);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('advice answers (any option, or "Not sure") never change the path or the outcome', () => {
    const random = seededRandom(5);
    for (const answers of SAMPLES(13, 2000, 0.2)) {
      // Where an advice answer can decide (the cloud, for GPU work) it counts as an outcome question, proven above.
      const candidates = ADVICE.filter((q) => !decidesAt(q, earlierOf(q, answers)));
      const question = pick(random, candidates);
      const value = pick(random, QUESTIONS[question].options).value;
      const changed = setAnswer(answers, question, value);
      const others = (a: Answers) => walk(a).asked.filter((q) => q !== question);
      expect(others(changed)).toEqual(others(answers));
      expect(settle(relevantAnswers(changed)).range).toEqual(settle(relevantAnswers(answers)).range);
    }
  });

  it('a skip is never wasted either: every question can change the result on some path where it is asked', () => {
    for (const question of QUESTION_ORDER) {
      const matters = PATHS.some(({ answers, order }) => {
        if (!order.includes(question)) return false;
        const before = evaluate(answers);
        return concreteOptions(question).some((o) => {
          const changed = setAnswer(answers, question, o.value);
          if (walk(changed).next !== 'review') return false;
          const after = evaluate(relevantAnswers(changed));
          // Outcome questions can move the outcome; advice questions the caveats or warnings; the figure questions the workload's figures every cost is computed from.
          if (isFigure(question)) return JSON.stringify(workloadFigures(changed)) !== JSON.stringify(workloadFigures(answers));
          return QUESTIONS[question].role === 'outcome'
            ? after.outcome !== before.outcome
            : after.headline !== before.headline || after.warnings.length !== before.warnings.length;
        });
      });
      expect(matters, question).toBe(true);
    }
  });
});

describe('flow: "Not sure"', () => {
  /** One concrete reading of a "Not sure" answer set, picked at random. */
  const concretise = (answers: Answers, random: () => number): Answers => {
    let out = answers;
    for (const q of QUESTION_ORDER) if (answers[q] === UNSURE) out = setAnswer(out, q, pick(random, concreteOptions(q)).value);
    return out;
  };

  it('the range holds the outcome of every concrete reading, and one outcome means all readings agree', () => {
    const random = seededRandom(21);
    for (const answers of SAMPLES(17, 150, 0.35)) {
      const decision = decide(answers);
      expect(decision.complete).toBe(true);
      expect(decision.range).toContain(decision.outcome);
      expect(decision.confidence === 'open').toBe(decision.range.length > 1);
      for (let i = 0; i < 4; i++) {
        const concrete = decide(concretise(decision.answers, random));
        expect(decision.range, JSON.stringify(decision.answers)).toContain(concrete.outcome);
      }
    }
  });

  it('"settle these first" names exactly the open questions whose options lead to different outcomes', () => {
    let unsettled = 0;
    for (const answers of SAMPLES(19, 200, 0.35)) {
      const decision = decide(answers);
      const open = decision.asked.filter((q) => decision.answers[q] === UNSURE);
      expect(decision.open.map((o) => o.question)).toEqual(open);
      for (const item of decision.open) {
        const distinct = new Set(item.options.map((o) => o.outcomes.join()));
        expect(item.decides).toBe(distinct.size > 1);
        expect(decision.settleFirst.includes(item.question)).toBe(item.decides);
        if (!decidesAt(item.question, earlierOf(item.question, decision.answers))) expect(item.decides).toBe(false);
      }
      if (decision.range.length > 1) {
        unsettled++;
        expect(decision.settleFirst.length).toBeGreaterThan(0);
      }
    }
    expect(unsettled).toBeGreaterThan(5);
  });

  it('a question answered "Not sure" asks what any of its options would ask', () => {
    for (const answers of SAMPLES(23, 500, 0.3)) {
      const asked = new Set(walk(answers).asked);
      for (const question of [...asked].filter((q) => answers[q] === UNSURE && decidesAt(q, earlierOf(q, answers)))) {
        for (const option of concreteOptions(question)) {
          for (const q of walk(setAnswer(answers, question, option.value)).asked) expect(asked.has(q), `${question}=${option.value} asks ${q}`).toBe(true);
        }
      }
    }
  });

  it('"Not sure" everywhere still ends: every outcome is possible and the quiz asks every question that can matter', () => {
    let all: Answers = {};
    for (const q of QUESTION_ORDER) all = setAnswer(all, q, UNSURE);
    const decision = decide(all);
    expect(decision.range).toEqual(['serverless', 'managed', 'servers']);
    expect(decision.settleFirst).toContain('location');
    expect(decision.asked).toEqual(QUESTION_ORDER);
  });
});

describe('flow: structure', () => {
  it('needed rules read only answers to earlier questions (3,000 seeded samples)', () => {
    for (const full of SAMPLES(29, 3000)) {
      for (const [index, question] of QUESTION_ORDER.entries()) {
        let prefix: Answers = {};
        for (const q of QUESTION_ORDER.slice(0, index)) prefix = { ...prefix, [q]: full[q] };
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
        // The advice asked only while functions are possible goes too; the cloud and the workload's figures stay (platforms and costs).
        for (const q of ['arrival', 'duration', 'state', 'traffic', 'latency', 'workflow', 'payload', 'downstream', 'effects', 'loops', 'signals', 'permissions', 'portability'] as QuestionId[]) expect(order).not.toContain(q);
        if (answers.location !== 'on-premises') for (const q of ['cloud', 'volume', 'runtime', 'memory'] as QuestionId[]) expect(order).toContain(q);
      }
      if (answers.state === 'own-data-layer') expect(order).not.toContain('latency');
    }
  });

  it('asks questions in QUESTION_ORDER, and each prefix of a path walks on to the next question on it', () => {
    for (const { answers, order } of PATHS) {
      const positions = order.map((q) => QUESTION_ORDER.indexOf(q));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(walk(answers).asked).toEqual(order);
      let prefix: Answers = {};
      order.forEach((q, i) => {
        expect(walk(prefix).next).toBe(q);
        prefix = setAnswer(prefix, q, answers[q] ?? '');
        expect(walk(prefix).next).toBe(order[i + 1] ?? 'review');
      });
    }
  });

  it('path lengths: counts and extremes agree with the full enumeration; short runs are the early exits', () => {
    const lengths = PATHS.map((p) => p.order.length);
    // reduce, not Math.max(...): the enumeration outgrows the call stack as questions are added.
    const stats = { paths: PATHS.length, min: lengths.reduce((a, b) => Math.min(a, b)), median: median(lengths), max: lengths.reduce((a, b) => Math.max(a, b)) };
    // Derived from the flow, not recorded: one run per distinct set of answers the flow keeps,
    // the longest run is the longest any full answer set walks, and the shortest asks only
    // the questions every run asks.
    const alwaysAsked = QUESTION_ORDER.filter((q) => PATHS.every((p) => p.order.includes(q)));
    expect(stats.paths).toBe(new Set(FULL.map((full) => JSON.stringify(relevantAnswers(full)))).size);
    expect(stats.max).toBe(FULL.reduce((most, full) => Math.max(most, walk(full).asked.length), 0));
    expect(stats.min).toBe(alwaysAsked.length);
    expect(stats.median).toBeLessThan(QUESTION_ORDER.length);
    // The short runs are the early exits, and only those: an answer on them rules functions out.
    const short = PATHS.filter((p) => p.order.length < 5);
    expect(short.length).toBeGreaterThan(0);
    for (const { answers } of short) expect(isRuledOut('serverless', answers), JSON.stringify(answers)).toBe(true);
  });
});
