import { describe, expect, it } from 'vitest';
import { answerLabel } from '../../../src/quiz/question-text.ts';
import {
  OUTCOMES,
  OUTCOME_ORDER,
  QUESTIONS,
  RULES,
  decide as decideAny,
  evaluate,
  possibleOutcomes,
  relevantAnswers,
  QUESTION_ORDER,
  setAnswer,
  walk,
  type Answers,
  type OutcomeId,
} from '../../../src/quiz/index.ts';
import { allFlowPaths, allFullAnswers, allWarnings, completeRun, seededRandom, pick } from './support.ts';
import { concreteOptions } from '../../../src/quiz/questions.ts';

const PATHS = allFlowPaths();
/** The hand-written answer sets below name only the questions they are about; the quiz's other questions get their fixture answers (completeRun). */
const decide = (answers: Answers) => decideAny(completeRun(answers));
const base: Answers = {
  goal: 'both',
  location: 'cloud',
  arrival: 'per-event',
  duration: 'short',
  state: 'managed-data',
  traffic: 'spiky',
  latency: 'tolerant',
};

describe('decide(): total and consistent', () => {
  it('returns one of the three outcomes for every combination, partial ones included', () => {
    const random = seededRandom(7);
    const samples: Answers[] = [{}, ...allFullAnswers()];
    // Random partial answer sets: each question answered or left out.
    for (let i = 0; i < 2000; i++) {
      let answers: Answers = {};
      for (const q of Object.keys(QUESTIONS) as Array<keyof typeof QUESTIONS>) {
        if (random() < 0.5) answers = setAnswer(answers, q, pick(random, QUESTIONS[q].options).value);
      }
      samples.push(answers);
    }
    for (const answers of samples) {
      const result = evaluate(answers);
      expect(OUTCOME_ORDER).toContain(result.outcome);
      expect(['clear', 'caveat', 'boundary']).toContain(result.confidence);
      expect(result.headline.startsWith(OUTCOMES[result.outcome].name)).toBe(true);
    }
  });

  it('no rule can rule out conventional servers (that is what keeps decide total)', () => {
    for (const rule of RULES) {
      if (rule.effect.kind === 'rule-out') expect(rule.effect.outcomes as readonly string[]).not.toContain('servers');
    }
  });

  it('rule ids are unique and every rule fires on some complete path', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Advice questions are fixed in PATHS, so each of their options is tried on every tenth path too.
    const variants = PATHS.flatMap(({ answers }, i) =>
      i % 10 !== 0 ? [answers] : [answers, ...QUESTION_ORDER.filter((q) => QUESTIONS[q].role === 'advice').flatMap((q) => concreteOptions(q).map((o) => setAnswer(answers, q, o.value)))],
    );
    // A rule shows in its answer's trace line, or (a caveat whose line argues the other way) among the conditions.
    const fired = new Set(variants.flatMap((answers) => {
      const d = decide(answers);
      return [...d.trace.flatMap((line) => line.rules.map((r) => r.id)), ...d.caveats.map((c) => c.id)];
    }));
    // The catch-all preference only matters for answer sets the flow never produces.
    const unused = ids.filter((id) => !fired.has(id));
    expect(unused).toEqual(['prefer-managed-by-default']);
  });

  it('confidence matches the caveats: clear = none, caveat = one, boundary = two or more or a close call', () => {
    for (const { answers } of PATHS) {
      const d = decide(answers);
      if (d.confidence === 'clear') expect(d.caveats).toHaveLength(0);
      if (d.confidence === 'caveat') expect(d.caveats).toHaveLength(1);
      if (d.confidence === 'boundary') expect(d.caveats.length >= 2 || d.headline.includes('on the boundary with')).toBe(true);
    }
  });

  it('every asked question appears in the trace, in asking order, with a section', () => {
    for (const { answers, order } of PATHS) {
      const d = decide(answers);
      const questions = [...new Set(d.trace.map((line) => line.question))];
      expect(questions).toEqual(order);
      for (const line of d.trace) {
        expect(line.answer).toBe(answers[line.question]);
        expect(line.rule.text.length).toBeGreaterThan(20);
      }
    }
  });

  it('conventional servers are never recommended to a team with little capacity without a caveat', () => {
    for (const full of allFullAnswers().filter((a) => a.team === 'little')) {
      const result = evaluate(full);
      if (result.outcome === 'servers') expect(result.confidence).not.toBe('clear');
    }
  });
});

describe('decide(): the guidance', () => {
  const outcomeOf = (answers: Answers): OutcomeId => decide(answers).outcome;

  it('event-driven, short, spiky, stateless work in the public cloud is serverless, clearly', () => {
    for (const goal of ['operations', 'cost', 'both'] as const) {
      const d = decide({ ...base, goal, state: 'stateless' });
      expect(d.outcome).toBe('serverless');
      expect(d.confidence).toBe('clear');
      expect(d.headline).toBe(OUTCOMES.serverless.name);
      expect(d.warnings).toEqual([]);
    }
  });

  it('on premises only: conventional servers, with the on-premises warning', () => {
    const d = decide({ goal: 'cost', location: 'on-premises' });
    expect(d.outcome).toBe('servers');
    expect(d.confidence).toBe('caveat');
    expect(allWarnings(d).map((w) => w.section)).toContain('on-premises-serverless#summary');
    expect(d.trace.some((l) => l.rule.id === 'on-premises-only')).toBe(true);
  });

  it('both places: serverless only as the caveated exception, else a managed platform', () => {
    const exception = decide({ ...base, location: 'hybrid', team: 'platform' });
    expect(exception.outcome).toBe('serverless');
    expect(exception.confidence).not.toBe('clear');
    expect(allWarnings(exception).map((w) => w.section)).toContain('on-premises-serverless#hybrid');
    expect(outcomeOf({ ...base, location: 'hybrid', team: 'little' })).toBe('managed');
  });

  it('goal neither: managed for small teams, servers for a platform team, linking /goals/#neither', () => {
    expect(outcomeOf({ goal: 'neither', location: 'cloud', team: 'little' })).toBe('managed');
    expect(outcomeOf({ goal: 'neither', location: 'cloud', team: 'platform' })).toBe('servers');
    expect(decide({ goal: 'neither', location: 'cloud', team: 'some' }).trace.map((l) => l.section)).toContain('goals#neither');
  });

  it('own data layer: not serverless, with the antipattern No. 2 warning', () => {
    const d = decide({ ...base, goal: 'cost', state: 'own-data-layer', team: 'some' });
    expect(d.outcome).toBe('managed');
    expect(allWarnings(d).map((w) => w.section)).toContain('database-dependency#own-data-layer');
    expect(outcomeOf({ ...base, goal: 'cost', state: 'own-data-layer', team: 'platform' })).toBe('servers');
  });

  it('beyond the limits or continuous: not functions; near the limits: a caveat, and the batch warning only for a batch', () => {
    expect(outcomeOf({ ...base, duration: 'beyond-limit', team: 'little' })).toBe('managed');
    expect(outcomeOf({ ...base, arrival: 'continuous', team: 'platform' })).toBe('servers');
    const near = decide({ ...base, duration: 'near-limit' });
    expect(near.outcome).toBe('serverless');
    expect(near.headline).toBe(`${OUTCOMES.serverless.name}, with a caveat: timeouts`);
    // Per-event work that runs for minutes is not a batch on a timer (edition 3: /changes/#rules-say-what-they-depend-on).
    expect(allWarnings(near).map((w) => w.section)).not.toContain('batch-jobs-on-a-timer#timeouts');
    const batch = decide({ ...base, arrival: 'timer-batches', duration: 'near-limit' });
    expect(allWarnings(batch).map((w) => w.section)).toContain('batch-jobs-on-a-timer#timeouts');
  });

  it('batches on a timer: antipattern No. 1 warning, serverless with "trigger per event"', () => {
    const d = decide({ ...base, arrival: 'timer-batches' });
    expect(d.outcome).toBe('serverless');
    expect(d.headline).toBe(`${OUTCOMES.serverless.name}, with a caveat: trigger per event`);
    expect(allWarnings(d).map((w) => w.section)).toContain('batch-jobs-on-a-timer#symptoms');
    expect(d.trace.map((l) => l.section)).toContain('batch-jobs-on-a-timer#per-event');
  });

  it('steady high load: the cost case fails (managed or servers); for operations, managed services', () => {
    expect(outcomeOf({ ...base, goal: 'cost', traffic: 'steady-high', team: 'platform' })).toBe('servers');
    expect(outcomeOf({ ...base, goal: 'cost', traffic: 'steady-high', team: 'little' })).toBe('managed');
    expect(outcomeOf({ ...base, goal: 'operations', traffic: 'steady-high' })).toBe('managed');
    expect(decide({ ...base, goal: 'cost', traffic: 'steady-high', team: 'some' }).trace.map((l) => l.section)).toContain('goals#cost');
  });

  it('strict latency: serverless with a cold-start caveat when spiky, managed when never idle', () => {
    const spiky = decide({ ...base, goal: 'operations', latency: 'strict' });
    expect(spiky.outcome).toBe('serverless');
    expect(spiky.headline).toBe(`${OUTCOMES.serverless.name}, with a caveat: cold starts`);
    expect(spiky.trace.map((l) => l.section)).toContain('fit#cold-starts');
    expect(outcomeOf({ ...base, goal: 'operations', traffic: 'variable', latency: 'strict' })).toBe('managed');
    // Paying for warm capacity works against a cost goal: two caveats, a boundary call.
    expect(decide({ ...base, goal: 'cost', latency: 'strict' }).confidence).toBe('boundary');
  });

  it('team capacity tips managed vs servers, and "some" is flagged as a boundary', () => {
    const some = decide({ goal: 'cost', location: 'cloud', arrival: 'continuous', team: 'some' });
    expect(some.outcome).toBe('managed');
    expect(some.confidence).toBe('boundary');
    expect(some.headline).toBe(`${OUTCOMES.managed.name}, on the boundary with conventional servers`);
  });
});

describe('decide(): what would change the outcome', () => {
  it('is computed by re-running: every listed change is real, and every real change is listed', () => {
    for (const { answers, order } of PATHS.filter((_, i) => i % 3 === 0)) {
      const d = decide(answers);
      expect(d.complete).toBe(true);
      for (const question of order) {
        for (const option of concreteOptions(question)) {
          if (option.value === answers[question]) continue;
          const reachable = possibleOutcomes(setAnswer(answers, question, option.value));
          const listed = d.changes.find((c) => c.question === question && c.value === option.value);
          const changes = !(reachable.length === 1 && reachable[0] === d.outcome);
          expect(listed !== undefined, `${question}=${option.value}`).toBe(changes);
          if (listed) {
            expect(listed.outcomes).toEqual(reachable);
            expect(listed.text).toContain(QUESTIONS[question].title);
            expect(listed.text).toContain(answerLabel(question, option.value));
          }
        }
      }
    }
  });

  it('names the flip precisely for a single answer', () => {
    const d = decide({ ...base, goal: 'operations', state: 'stateless' });
    const onPrem = d.changes.find((c) => c.question === 'location' && c.value === 'on-premises');
    expect(onPrem?.outcomes).toEqual(['servers']);
    expect(onPrem?.text).toBe(`If you answered “Where it runs” with “On premises only”, the recommendation would be ${OUTCOMES.servers.name}.`);
    const steady = d.changes.find((c) => c.question === 'traffic' && c.value === 'steady-high');
    expect(steady?.outcomes).toEqual(['managed']);
  });

  it('a single changed answer that lands directly on review gives exactly that outcome', () => {
    for (const { answers, order } of PATHS.filter((_, i) => i % 5 === 0)) {
      for (const change of decide(answers).changes) {
        const changed = setAnswer(answers, change.question, change.value);
        if (walk(changed).next !== 'review') continue;
        expect(change.alsoAsks).toEqual([]);
        expect(change.outcomes).toEqual([evaluate(relevantAnswers(changed)).outcome]);
        expect(order).toContain(change.question);
      }
    }
  });

  it('next steps start with the caveats', () => {
    const d = decide({ ...base, arrival: 'timer-batches' });
    expect(d.nextSteps[0]).toMatch(/trigger per item/);
    expect(d.nextSteps.length).toBeGreaterThan(3);
  });
});
