/**
 * The decision brief's data, checked over the answer space: the strongest
 * reasons are lines for the recommendation, strongest effect first; the
 * three groups of the full "why" hold every trace line exactly once (so
 * "from N answers" equals the lines shown); the team's cloud follows the
 * answers; and the cost inputs of a result start from the workload's own
 * figures, say which are the team's, and take what is typed in the address.
 * Hand-worked figures are in the comments, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { decide, type Answers } from '../../src/quiz/index.ts';
import { workloadFigures } from '../../src/quiz/workload-figures.ts';
import { strongestReasons, teamCloud, whyGroups } from '../../src/components/quiz/brief.ts';
import { BRIEF_OPTION } from '../../src/components/quiz/BriefCost.tsx';
import { billOf, costOnly, resultInputs } from '../../src/components/cost/result-inputs.ts';
import { COST_OPTION } from '../../src/cost/summary.ts';
import { costBookOf } from '../../src/cost/prices.ts';
import { DEFAULT_INPUTS } from '../../src/cost/inputs.ts';
import { randomAnswers, seededRandom } from './quiz/support.ts';
import { data } from './cost/support.ts';

const STRENGTH = ['rule-out', 'prefer', 'caveat', 'note'];
const book = costBookOf(data);
const { limits } = book;

describe('the brief over seeded samples of the answer space', () => {
  const random = seededRandom(21);
  const decisions = Array.from({ length: 1200 }, (_, i) => decide(randomAnswers(random, i % 3 === 0 ? 0.25 : 0)));

  it('the full why: every trace line under exactly one heading, its own stance, in asking order', () => {
    for (const d of decisions) {
      const groups = whyGroups(d.trace);
      const shown = [...groups.for, ...groups.against, ...groups.neutral];
      expect(shown.length, 'the count is the lines shown').toBe(d.trace.length);
      expect(new Set(shown.map((l) => l.question)).size).toBe(d.trace.length);
      for (const [stance, lines] of Object.entries(groups)) {
        for (const line of lines) expect(line.stance).toBe(stance);
        const order = lines.map((l) => d.trace.indexOf(l));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });

  it('the strongest reasons: at most three lines for the recommendation, none left out that is stronger than one shown', () => {
    let withThree = 0;
    for (const d of decisions) {
      const reasons = strongestReasons(d.trace);
      const forLines = d.trace.filter((l) => l.stance === 'for');
      expect(reasons.length).toBe(Math.min(3, forLines.length));
      for (const r of reasons) expect(r.stance).toBe('for');
      const rank = (effect: string) => STRENGTH.indexOf(effect);
      for (let i = 1; i < reasons.length; i++) expect(rank(reasons[i]!.effect)).toBeGreaterThanOrEqual(rank(reasons[i - 1]!.effect));
      const weakest = Math.max(...reasons.map((r) => rank(r.effect)));
      for (const left of forLines.filter((l) => !reasons.includes(l))) expect(rank(left.effect)).toBeGreaterThanOrEqual(weakest);
      if (reasons.length === 3) withThree++;
    }
    expect(withThree, 'samples with three reasons').toBeGreaterThan(50);
  });
});

describe('the team’s cloud', () => {
  it('own data centre when the workload runs on premises only, whatever else was answered', () => {
    expect(teamCloud({ location: 'on-premises' })).toEqual({ kind: 'own' });
    expect(teamCloud({ location: 'on-premises', cloud: 'aws' })).toEqual({ kind: 'own' });
  });
  it('one provider when one was chosen, open otherwise (several, not chosen, not sure, or a link from before the question)', () => {
    for (const provider of ['aws', 'azure', 'google-cloud'] as const) expect(teamCloud({ location: 'cloud', cloud: provider })).toEqual({ kind: 'one', provider });
    expect(teamCloud({ location: 'hybrid', cloud: 'several' })).toEqual({ kind: 'open', several: true });
    for (const cloud of ['undecided', 'unsure', undefined]) expect(teamCloud({ location: 'cloud', ...(cloud ? { cloud } : {}) } as Answers)).toEqual({ kind: 'open', several: false });
  });
});

describe('a result’s cost inputs', () => {
  it('the brief prices the option the record and panel price', () => {
    expect(BRIEF_OPTION).toEqual(COST_OPTION);
  });

  it('start from the answered figures, the traffic answer’s shape and the cloud answer’s provider, all the team’s', () => {
    // millions: 1 to 10 million, middle sqrt(1e6 × 1e7) = 3,162,278 → 3,160,000; sub-second: sqrt(100 × 1000) = 316.2 → 316 ms;
    // moderate: sqrt(512 × 2048) = 1,024 MB.
    const answers: Answers = { location: 'cloud', cloud: 'azure', traffic: 'steady-high', volume: 'millions', runtime: 'sub-second', memory: 'moderate' };
    const r = resultInputs('', answers, limits);
    expect([r.inputs.events, r.inputs.durationMs, r.inputs.memoryMb]).toEqual([3_160_000, 316, 1024]);
    expect(r.inputs.provider).toBe('azure');
    expect(r.inputs.shape).toBe('steady-high');
    expect([...r.team!].sort()).toEqual(['durationMs', 'events', 'memoryMb', 'provider', 'shape']);
    expect(r.spans).toEqual({});
    expect(billOf(r, 'container', book.book).low).toBeUndefined();
  });

  it('a figure the team was not sure of is assumed: its middle, and a bill over its whole range', () => {
    const answers: Answers = { location: 'cloud', cloud: 'aws', traffic: 'spiky', volume: 'unsure', runtime: 'sub-second', memory: 'moderate' };
    const r = resultInputs('', answers, limits);
    const all = workloadFigures(answers).volume.span;
    expect(r.team!.has('events')).toBe(false);
    expect(r.spans.events).toEqual([all[0], all[1]]);
    const bill = billOf(r, 'functions', book.book);
    expect(bill.low!).toBeLessThan(bill.total);
    expect(bill.high!).toBeGreaterThan(bill.total);
  });

  it('takes what the reader typed in the address (the team’s figure now), and keeps the answered one when it cannot be read', () => {
    const answers: Answers = { location: 'cloud', cloud: 'aws', traffic: 'variable', volume: 'unsure', runtime: 'instant', memory: 'light' };
    // The model's default workload: 5 million events, 200 ms, 512 MB, AWS, variable load.
    // Hand-worked (tests/unit/cost/summary.test.ts): functions 5e6 × 0.1 GB-s × $0.00001667 + 5e6 × $0.0000002 = $9.335.
    const typed = resultInputs('?a=x&v=2&n=5e6&d=200&m=512', answers, limits);
    expect(typed.inputs).toEqual({ ...DEFAULT_INPUTS });
    expect(typed.team!.has('events')).toBe(true);
    expect(typed.spans).toEqual({});
    expect(billOf(typed, 'functions', book.book).total).toBeCloseTo(9.335, 6);
    const bad = resultInputs('?d=soon', answers, limits);
    expect(bad.errors.map((e) => e.field)).toEqual(['durationMs']);
    expect(bad.inputs.durationMs).toBe(32); // instant: sqrt(10 × 100) = 31.6 → 32 ms
    expect(bad.team!.has('durationMs')).toBe(true);
  });

  it('holds memory inside the largest function and says so', () => {
    // very heavy: sqrt(10,240 × 32,768) = 18,318 MB, above the largest function.
    const r = resultInputs('', { location: 'cloud', cloud: 'aws', memory: 'very-heavy' }, limits);
    expect(r.inputs.memoryMb).toBe(limits.maxMemoryMb);
    expect(r.capped).toEqual(['memoryMb']);
  });

  it('with cost inputs alone: the model’s defaults, then those inputs, and nothing marked as the team’s', () => {
    const r = costOnly('?n=2e7', limits);
    expect(r.inputs).toEqual({ ...DEFAULT_INPUTS, events: 2e7 });
    expect(r.team).toBeUndefined();
  });
});
