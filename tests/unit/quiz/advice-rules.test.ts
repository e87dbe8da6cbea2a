/**
 * The rules behind the advice questions (workflow, payload, downstream,
 * loops, portability) and the warnings for the antipatterns from the field.
 *
 * Kept apart from rules.test.ts on purpose: these checks build their own
 * answer sets (a fixed base plus seeded random ones) instead of enumerating
 * every path, so they run in seconds whatever the size of the answer space.
 */
import { describe, expect, it } from 'vitest';
import {
  OUTCOMES,
  QUESTIONS,
  QUESTION_ORDER,
  RULES,
  WARNING_RULES,
  evaluate,
  getSection,
  setAnswer,
  type Answers,
  type QuestionId,
} from '../../../src/quiz/index.ts';
import { UNSURE, concreteOptions } from '../../../src/quiz/questions.ts';
import { pick, seededRandom } from './support.ts';

const ADVICE = QUESTION_ORDER.filter((q) => QUESTIONS[q].role === 'advice');

/** Event-driven, short, spiky, stateless work in the cloud: serverless, clearly, with no warning. */
const base: Answers = {
  goal: 'both',
  location: 'cloud',
  hardware: 'standard',
  arrival: 'per-event',
  duration: 'short',
  state: 'stateless',
  traffic: 'spiky',
  latency: 'tolerant',
};

/** Seeded answer sets with every question answered by one of its own options. */
function randomAnswers(count: number, seed: number): Answers[] {
  const random = seededRandom(seed);
  const sets: Answers[] = [];
  for (let i = 0; i < count; i++) {
    let answers: Answers = {};
    for (const q of QUESTION_ORDER) answers = setAnswer(answers, q, pick(random, concreteOptions(q)).value);
    sets.push(answers);
  }
  return sets;
}
const SAMPLES = randomAnswers(1500, 11);

describe('advice questions', () => {
  it('are the ones the quiz marks as advice, written out so that a changed role fails here', () => {
    expect([...ADVICE].sort()).toEqual(['cloud', 'downstream', 'effects', 'loops', 'memory', 'payload', 'permissions', 'portability', 'runtime', 'signals', 'volume', 'workflow']);
    // Only the cloud decides anywhere (for GPU work): every other advice question has no decidesWhen.
    expect(ADVICE.filter((q) => QUESTIONS[q].decidesWhen !== undefined)).toEqual(['cloud']);
  });

  it('carry only caveats for functions and notes: never a rule-out or a preference', () => {
    const advice = RULES.filter((r) => (ADVICE as readonly QuestionId[]).includes(r.question));
    expect(advice.length).toBeGreaterThanOrEqual(12);
    for (const rule of advice) {
      expect(['caveat', 'note'], rule.id).toContain(rule.effect.kind);
      if (rule.effect.kind === 'caveat') expect(rule.effect.outcome, rule.id).toBe('serverless');
    }
  });

  it('every concrete option of every advice question has its own note or caveat in the trace', () => {
    for (const q of ADVICE) {
      for (const option of concreteOptions(q)) {
        const result = evaluate(setAnswer(base, q, option.value));
        expect(result.outcome).toBe('serverless');
        const lines = result.trace.filter((l) => l.question === q);
        expect(lines.length, `${q}=${option.value}`).toBeGreaterThan(0);
        for (const line of lines) expect(['note', 'caveat'], `${q}=${option.value}`).toContain(line.effect);
      }
    }
  });

  it('never change the outcome or the outcomes ruled out, on any sampled answer set', () => {
    const changed: string[] = [];
    for (const answers of SAMPLES.slice(0, 500)) {
      const before = evaluate(answers);
      // Where an advice answer can decide (the cloud, for GPU work) it is an outcome question: flow.test.ts proves that case.
      for (const q of ADVICE.filter((q) => QUESTIONS[q].decidesWhen?.(answers) !== true)) {
        for (const option of QUESTIONS[q].options) {
          const after = evaluate(setAnswer(answers, q, option.value));
          if (after.outcome !== before.outcome || after.ruledOut.join() !== before.ruledOut.join()) changed.push(`${JSON.stringify(answers)} ${q}=${option.value}`);
        }
      }
    }
    expect(changed.slice(0, 3)).toEqual([]);
  });

  it('add caveats only where functions are the recommendation', () => {
    for (const answers of SAMPLES) {
      const result = evaluate(answers);
      const adviceCaveats = result.caveats.filter((c) => RULES.find((r) => r.id === c.id && (ADVICE as readonly QuestionId[]).includes(r.question)));
      if (result.outcome !== 'serverless') expect(adviceCaveats).toEqual([]);
    }
  });

  it('read well in the headline', () => {
    expect(evaluate({ ...base, workflow: 'chain' }).headline).toBe(`${OUTCOMES.serverless.name}, with a caveat: chains of waiting functions`);
    expect(evaluate({ ...base, workflow: 'long' }).headline).toBe(`${OUTCOMES.serverless.name}, with a caveat: an orchestrator for the long workflow`);
    expect(evaluate({ ...base, payload: 'large' }).headline).toBe(`${OUTCOMES.serverless.name}, with a caveat: large payloads by reference`);
    expect(evaluate({ ...base, downstream: 'fixed' }).headline).toBe(`${OUTCOMES.serverless.name}, with a caveat: a fixed-capacity downstream`);
    expect(evaluate({ ...base, loops: 'same' }).headline).toBe(`${OUTCOMES.serverless.name}, with a caveat: a loop through its own trigger`);
    expect(evaluate({ ...base, portability: 'portable' }).headline).toBe(`${OUTCOMES.serverless.name}, with a caveat: the cost of portability`);
    const two = evaluate({ ...base, workflow: 'chain', downstream: 'fixed' });
    expect(two.confidence).toBe('boundary');
    expect(two.headline).toBe(`${OUTCOMES.serverless.name}, on the boundary: chains of waiting functions and a fixed-capacity downstream`);
  });

  it('benign answers keep a clear result with no warning', () => {
    const benign = evaluate({ ...base, workflow: 'single', payload: 'small', downstream: 'elastic', loops: 'separate', portability: 'one-provider' });
    expect(benign.headline).toBe(`${OUTCOMES.serverless.name}`);
    expect(benign.confidence).toBe('clear');
    expect(benign.warnings).toEqual([]);
    expect(evaluate({ ...base, workflow: 'fan-out' }).confidence).toBe('clear');
  });

  it('the loops answer counts only where the quiz asks it: work triggered per event', () => {
    for (const arrival of ['timer-batches', 'continuous'] as const) {
      const result = evaluate({ ...base, arrival, loops: 'same' });
      expect(result.caveats.map((c) => c.id)).not.toContain('self-trigger');
      expect(result.warnings.map((w) => w.id)).not.toContain('recursive-loop');
    }
  });
});

describe('"Not sure" matches nothing (every predicate is monotone)', () => {
  it('an unsure answer on an advice question leaves the result exactly as if it were unanswered', () => {
    for (const q of ADVICE) {
      const unsure = evaluate(setAnswer(base, q, UNSURE));
      const unanswered = evaluate(base);
      expect(unsure.headline).toBe(unanswered.headline);
      expect(unsure.caveats).toEqual(unanswered.caveats);
      expect(unsure.warnings).toEqual(unanswered.warnings);
      expect(unsure.trace.filter((l) => l.question === q).map((l) => l.effect)).toEqual(['no-effect']);
    }
  });

  it('replacing any answer with "Not sure" never makes a rule or warning match that did not', () => {
    let checked = 0;
    const matched = new Set<string>();
    for (const answers of SAMPLES.slice(0, 600)) {
      for (const rule of [...RULES, ...WARNING_RULES]) {
        if (rule.when(answers)) continue;
        for (const q of QUESTION_ORDER) {
          if (rule.when({ ...answers, [q]: UNSURE })) matched.add(`${rule.id} with ${q} unsure`);
          checked++;
        }
      }
    }
    expect([...matched]).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });
});

describe('warnings for the antipatterns from the field', () => {
  // Each warning, the one answer that raises it, and the article section it opens.
  const CASES = [
    { id: 'synchronous-chain', q: 'workflow', value: 'chain', article: 'synchronous-function-chains' },
    { id: 'hand-built-orchestration', q: 'workflow', value: 'long', article: 'hand-built-orchestration' },
    { id: 'unbounded-concurrency', q: 'downstream', value: 'fixed', article: 'unbounded-concurrency' },
    { id: 'recursive-loop', q: 'loops', value: 'same', article: 'recursive-invocation-loops' },
    { id: 'portability-premium', q: 'portability', value: 'portable', article: 'vendor-lock-in' },
    { id: 'cold-starts', q: 'latency', value: 'strict', article: 'cold-starts-on-critical-paths' },
  ] as const;

  for (const c of CASES) {
    it(`${c.id} fires exactly for ${c.q} = ${c.value}`, () => {
      for (const option of concreteOptions(c.q)) {
        const ids = evaluate(setAnswer(base, c.q, option.value)).warnings.map((w) => w.id);
        expect(ids.includes(c.id), `${c.q}=${option.value}`).toBe(option.value === c.value);
      }
      const warning = WARNING_RULES.find((w) => w.id === c.id);
      expect(warning?.question).toBe(c.q);
      expect(getSection(warning!.section).page).toBe(c.article);
      // Over the samples too: never without that answer.
      for (const answers of SAMPLES) {
        if (WARNING_RULES.find((w) => w.id === c.id)!.when(answers)) expect(answers[c.q]).toBe(c.value);
      }
    });
  }

  it('work beyond the time limits, arriving in discrete units, points at orchestration; a stream does not', () => {
    const ids = (a: Answers) => evaluate(a).warnings.map((w) => w.id);
    expect(ids({ ...base, duration: 'beyond-limit' })).toContain('split-across-invocations');
    expect(ids({ ...base, arrival: 'timer-batches', duration: 'beyond-limit' })).toContain('split-across-invocations');
    expect(ids({ ...base, arrival: 'continuous', duration: 'beyond-limit' })).not.toContain('split-across-invocations');
  });

  it('no longer guesses these antipatterns from answers that do not name them', () => {
    const ids = (a: Answers) => evaluate(a).warnings.map((w) => w.id);
    expect(ids({ ...base, latency: 'interactive' })).toEqual([]);
    expect(ids({ ...base, state: 'managed-data' })).toEqual([]);
    expect(ids({ ...base, location: 'hybrid', team: 'platform' })).toEqual(['hybrid-layers']);
  });
});
