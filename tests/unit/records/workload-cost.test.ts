/**
 * Each workload's cost basis (issue 21 items 1, 2 and 6; issue 23's free
 * tier once): its own figures from its answers, on its team's cloud, with
 * the team's and the assumed figures told apart; no public price on the
 * team's own hardware; every public cloud compared where none is chosen;
 * and an assessment that credits the account's free tier once, never once
 * per workload, and only when asked. Expected bills come from the cost
 * model's own estimate() for inputs built here from the question ranges,
 * so a change of price moves both sides.
 */
import { describe, expect, it } from 'vitest';
import { decide, type Answers } from '../../../src/quiz/index.ts';
import { estimate, type Inputs } from '../../../src/cost/model.ts';
import { COST_OPTION } from '../../../src/cost/summary.ts';
import { questionRecord } from '../../../src/quiz/questions.ts';
import { typical } from '../../../src/quiz/figure-buckets.ts';
import { assessmentCosts, teamCloud, workloadCost, workloadInputs } from '../../../src/records/workload-cost.ts';
import { recordFromDecision } from '../../../src/records/from-quiz.ts';
import { toMadr, toNygard, toAssessmentMadr } from '../../../src/records/index.ts';
import { OUTCOMES, OUTCOME_ORDER } from '../../../src/quiz/outcomes.ts';
import { completeAnswers } from '../../support/complete-answers.ts';
import { COST_BOOK, COST_CODE } from './cost-support.ts';
import { contextFor, PACKAGE_VERSION } from './fixtures.ts';

const span = (q: 'volume' | 'runtime' | 'memory', value: string): readonly [number, number] =>
  (questionRecord(q).options as unknown as Record<string, { span: readonly [number, number] }>)[value]!.span;
const bill = (inputs: Inputs, outcome: 'serverless' | 'managed' | 'servers') => estimate(inputs, COST_BOOK.book)[COST_OPTION[outcome]].total;

/** A steady checkout API on Azure that gave all three figures. */
const AZURE_API: Answers = completeAnswers({
  goal: 'cost',
  location: 'cloud',
  cloud: 'azure',
  arrival: 'per-event',
  traffic: 'steady-high',
  volume: 'millions',
  runtime: 'sub-second',
  memory: 'moderate',
}).answers;

describe('a workload’s cost basis', () => {
  it('takes the workload’s own figures (the middle of each answered range) on its team’s cloud, marked as the team’s', () => {
    const d = decide(AZURE_API);
    const basis = workloadInputs(d.answers, 'azure', COST_CODE);
    expect(basis.inputs.provider).toBe('azure');
    expect(basis.inputs.shape).toBe('steady-high');
    expect(basis.inputs.events).toBeCloseTo(typical(span('volume', 'millions')), -4);
    expect(basis.inputs.durationMs).toBe(Math.round(typical(span('runtime', 'sub-second'))));
    expect(basis.inputs.memoryMb).toBe(Math.round(typical(span('memory', 'moderate'))));
    expect(basis.assumed).toEqual([]);
    const cost = workloadCost(d.outcome, d.answers, COST_CODE, COST_BOOK)!;
    expect(cost.summary.monthly).toBeCloseTo(bill(basis.inputs, d.outcome), 9);
    expect(cost.summary.eventsPerMonth).toBe(basis.inputs.events);
    expect(cost.summary.assumptions).toMatch(/^Microsoft Azure, 3\.16 million events a month, steady, high load .*, 316 ms each, 1,024 MB, 50 % of the time waiting on I\/O \(assumed\)/);
    expect(cost.summary.basis).toBe('Microsoft Azure; the team’s own figures');
    expect(cost.summary.range).toBeUndefined();
    expect(cost.summary.region).toBe(COST_BOOK.regions.azure);
  });

  it('two workloads that differ only in volume cost differently, and neither costs what the model’s defaults would', () => {
    const on = (volume: string) => completeAnswers({ goal: 'operations', location: 'cloud', cloud: 'azure', arrival: 'per-event', traffic: 'spiky', volume });
    const small = on('under-a-million');
    const large = on('billions');
    expect(small.outcome).toBe('serverless');
    const a = workloadCost(small.outcome, small.answers, COST_CODE, COST_BOOK)!.summary.monthly;
    const b = workloadCost(large.outcome, large.answers, COST_CODE, COST_BOOK)!.summary.monthly;
    expect(b).toBeGreaterThan(a);
    const defaults = bill(COST_CODE.defaultsFor(small.answers.traffic, 'azure'), small.outcome);
    expect([a, b]).not.toContain(defaults);
  });

  it('marks what it had to assume, and gives the bill across the assumed ranges', () => {
    const d = decide({ ...AZURE_API, volume: 'unsure' });
    const basis = workloadInputs(d.answers, 'azure', COST_CODE);
    expect(basis.assumed).toEqual(['volume']);
    expect(basis.low!.events).toBe(Number(span('volume', 'under-a-million')[0].toPrecision(3)));
    expect(basis.high!.events).toBe(Number(span('volume', 'billions')[1].toPrecision(3)));
    const cost = workloadCost(d.outcome, d.answers, COST_CODE, COST_BOOK)!.summary;
    expect(cost.assumptions).toContain('events a month (assumed)');
    expect(cost.assumptions).not.toContain('ms each (assumed)');
    expect(cost.basis).toBe('Microsoft Azure; volume assumed');
    expect(cost.range![0]).toBeCloseTo(bill(basis.low!, d.outcome), 9);
    expect(cost.range![1]).toBeCloseTo(bill(basis.high!, d.outcome), 9);
    expect(cost.range![0]).toBeLessThan(cost.monthly);
    expect(cost.range![1]).toBeGreaterThan(cost.monthly);
  });

  it('on the team’s own hardware nothing is priced', () => {
    const d = completeAnswers({ location: 'on-premises', arrival: 'timer-batches' });
    expect(teamCloud(d.answers)).toEqual({ kind: 'own' });
    expect(workloadCost(d.outcome, d.answers, COST_CODE, COST_BOOK)).toBeNull();
  });

  it('where no cloud is chosen it prices each one, states the cheapest and names the others', () => {
    for (const cloud of ['undecided', 'several'] as const) {
      const d = decide({ ...AZURE_API, cloud });
      const cost = workloadCost(d.outcome, d.answers, COST_CODE, COST_BOOK)!.summary;
      const each = (['aws', 'azure', 'google-cloud'] as const).map((p) => bill(workloadInputs(d.answers, p, COST_CODE).inputs, d.outcome));
      expect(cost.monthly).toBeCloseTo(Math.min(...each), 9);
      expect(cost.providerNote).toMatch(/^No single cloud is chosen, so it was priced on each: the figures are for .+, the cheapest \(.+ and .+ on the others\)\.$/);
      expect(cost.basis).toContain('the cheapest where no cloud is chosen');
    }
  });
});

describe('the free tier in an assessment', () => {
  // Two identical small function workloads on AWS: each alone would use most of the monthly allowance.
  const small = completeAnswers({
    goal: 'operations',
    location: 'cloud',
    cloud: 'aws',
    arrival: 'per-event',
    traffic: 'spiky',
    volume: 'tens-of-millions',
    runtime: 'instant',
    memory: 'light',
  });
  const items = [small, small].map((d) => ({ outcome: d.outcome, answers: d.answers }));

  it('is left out unless asked: list prices, no share of the allowance', () => {
    expect(small.outcome).toBe('serverless');
    const off = assessmentCosts(items, COST_CODE, COST_BOOK, false);
    for (const c of off) {
      expect(c!.summary.accountMonthly).toBeUndefined();
      expect(c!.inputs.freeTier).toBe(false);
      expect(c!.summary.assumptions).toContain('free tier left out');
    }
  });

  it('applied, it is credited once across the workloads: what one workload doing all their work would get, not once each', () => {
    const on = assessmentCosts(items, COST_CODE, COST_BOOK, true);
    const credited = on.reduce((sum, c) => sum + (c!.summary.monthly - c!.summary.accountMonthly!), 0);
    const inputs = on[0]!.inputs;
    const alone = bill(inputs, 'serverless') - bill({ ...inputs, freeTier: true }, 'serverless');
    const together = { ...inputs, events: inputs.events * 2 };
    const once = bill(together, 'serverless') - bill({ ...together, freeTier: true }, 'serverless');
    expect(alone).toBeGreaterThan(0);
    expect(credited).toBeCloseTo(once, 6);
    expect(credited).toBeLessThan(2 * alone);
  });

  it('the combined record says which it is, gives each row its basis and the total', () => {
    const write = (freeTierOnce: boolean) => {
      const costs = assessmentCosts(items, COST_CODE, COST_BOOK, freeTierOnce);
      const records = [small, small].map((d, i) => recordFromDecision(d, contextFor(d, `Thumbnails ${i + 1}`, costs[i]!.summary)));
      return {
        costs,
        text: toAssessmentMadr({
          system: 'Shop',
          workloads: records.map((record, i) => ({ name: `Thumbnails ${i + 1}`, record })),
          options: OUTCOME_ORDER.map((key) => ({ key, name: OUTCOMES[key].name, description: OUTCOMES[key].description })),
          assessmentUrl: 'https://guide.example/assess/',
          guideVersion: PACKAGE_VERSION,
          date: '2026-12-03',
          facts: [],
          freeTierOnce,
        }),
      };
    };
    const off = write(false);
    expect(off.text).toContain('| Workload | Outcome | Confidence | Warnings | Estimated monthly cost | Cost basis |');
    expect(off.text).toContain('AWS; the team’s own figures |');
    expect(off.text).toContain('The free tier is left out: these are list prices.');
    const on = write(true);
    expect(on.text).toContain('The free tier is applied once for the whole account');
    expect(on.text).toContain('With its share of the account’s free tier, which the assessment credits once for all its workloads, about');
    const total = on.costs.reduce((s, c) => s + c!.summary.accountMonthly!, 0);
    expect(on.text).toContain(`Total for the 2 workloads priced: about ${Math.round(total * 100) / 100} USD a month.`);
  });
});

describe('three teams, three records', () => {
  it('GPU inference per event on Azure: priced on Azure, no AWS limit quoted', () => {
    const d = completeAnswers({ goal: 'operations', location: 'cloud', hardware: 'accelerator', cloud: 'azure', arrival: 'per-event', volume: 'millions' });
    const cost = workloadCost(d.outcome, d.answers, COST_CODE, COST_BOOK)!;
    const md = toMadr(recordFromDecision(d, contextFor(d, 'Inference', cost.summary)));
    expect(md).toContain('It runs on Microsoft Azure: the prices and limits quoted are that provider’s.');
    expect(md).toContain('Computed for Microsoft Azure, 3.16 million events a month');
    // Before the list of the cost book's price facts (which cites every provider's: see the report to the lead), nothing quotes AWS.
    expect(md.split('Price facts the estimate used')[0]).not.toMatch(/AWS|Lambda/);
    expect(md).toContain('Run time: re-decide when the slowest run comes within a fifth of the time limit of the function plan the team would use on Microsoft Azure.');
  });

  it('a nightly batch in the team’s own data centre: no public price, no public limit, triggers of its own', () => {
    const d = completeAnswers({ goal: 'cost', location: 'on-premises', arrival: 'timer-batches' });
    const record = recordFromDecision(d, contextFor(d, 'Nightly batch', undefined));
    for (const text of [toMadr(record), toNygard(record)]) {
      expect(text).toContain('no public price applies');
      expect(text).not.toMatch(/AWS|Lambda|USD/);
    }
    expect(record.facts).toEqual([]);
  });

  it('a checkout API at billions of requests on AWS: the cost at its own volume, and what it says about functions', () => {
    const d = completeAnswers({ goal: 'cost', location: 'cloud', cloud: 'aws', arrival: 'per-event', traffic: 'steady-high', volume: 'billions', runtime: 'instant', memory: 'light' });
    expect(d.outcome).not.toBe('serverless');
    const cost = workloadCost(d.outcome, d.answers, COST_CODE, COST_BOOK)!;
    const md = toMadr(recordFromDecision(d, contextFor(d, 'Checkout', cost.summary)));
    expect(cost.summary.eventsPerMonth).toBe(Number(typical(span('volume', 'billions')).toPrecision(3)));
    expect(md).toContain('at the volume in the cost estimate (3.2 billion events a month)');
    expect(md).not.toContain('5 million events');
  });
});
