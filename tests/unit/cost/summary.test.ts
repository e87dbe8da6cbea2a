/**
 * The cost summary a decision record carries, against figures worked by
 * hand from the registry's prices (support.ts), each formula in the
 * comment next to it, not computed by the code under test. Default inputs:
 * AWS, 5 million events, 200 ms, 512 MB, 50 % I/O wait, variable load, free
 * tier off, 70 % target, 80 requests per instance.
 *   functions: 5e6 × (request price + 0.2 s × 0.5 GB × GB-second price); per event that bracket
 *   containers: one Fargate task (1 vCPU, 2 GB) all month: 730 × (vCPU-hour + 2 × GB-hour)
 *              (still one task: peak 3 × 1.9/s × 0.2 × 0.5 × 512/1,769 vCPU = 0.17 vCPU / 0.7 < 1)
 *   VM: one reference VM all month: 730 × its hourly price
 *   break-even against each: its month / the per-event price of functions
 */
import { describe, expect, it } from 'vitest';
import { assessmentMonthly, costSummary, describeInputs } from '../../../src/cost/summary';
import { costBookOf } from '../../../src/cost/prices';
import { PEAK } from '../../../src/cost/model';
import { DEFAULT_INPUTS } from '../../../src/cost/inputs';
import { defaultsFor } from '../../../src/cost/links';
import { FACT_BADGE_TEXT } from '../../../src/lib/facts';
import { toMadr, toNygard } from '../../../src/records/index';
import { money } from '../../../src/records/amounts';
import { AWS, SECONDS, data } from './support';
import { BUSY_SERVERLESS, recordFor } from '../records/fixtures';

const costBook = costBookOf(data);
/** Within 0.2 % (the break-even search narrows to 0.1 %). */
const near = (actual: number | undefined, expected: number) => {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! / expected - 1)).toBeLessThan(0.002);
};
const perEvent = AWS.request + 0.2 * 0.5 * AWS.gbSecond;
const functionsMonth = 5e6 * perEvent;
const containerMonth = 730 * (AWS.fargateVcpuHour + 2 * AWS.fargateGbHour);
const vmMonth = 730 * AWS.vmHour;

describe('costSummary: hand-worked figures at the default inputs', () => {
  it('serverless: the functions bill, the break-even against the first always-on option (containers), and the bill there', () => {
    // The container month is below the VM month at today's prices, so functions meet containers first.
    expect(containerMonth).toBeLessThan(vmMonth);
    const s = costSummary('serverless', DEFAULT_INPUTS, costBook);
    expect(s.currency).toBe('USD');
    expect(s.monthly).toBeCloseTo(functionsMonth, 9);
    expect(s.option).toBe('functions');
    expect(s.comparedWith).toBe('managed containers');
    near(s.breakEvenPerMonth, containerMonth / perEvent);
    near(s.breakEvenPerSecond, containerMonth / perEvent / SECONDS);
    expect(s.breakEvenMonthly).toBeCloseTo(containerMonth, 9);
    expect(s.reviewMonthly).toBeCloseTo(containerMonth, 9);
    expect(s.eventsPerMonth).toBe(5_000_000);
    expect(s.region).toContain('US East (N. Virginia)');
  });

  it('servers: the VM bill and the VM break-even', () => {
    const s = costSummary('servers', DEFAULT_INPUTS, costBook);
    expect(s.monthly).toBeCloseTo(vmMonth, 9);
    near(s.breakEvenPerMonth, vmMonth / perEvent);
  });

  it('states every price fact, with its checked date or none when it is not verified', () => {
    const s = costSummary('managed', DEFAULT_INPUTS, costBook);
    expect(s.sources).toHaveLength(data.cited.length);
    for (const f of data.cited) {
      expect(s.sources).toContainEqual({ id: f.id, label: f.claim.replace(/\.$/, ''), url: f.sourceUrl, ...(f.checked ? { checked: f.checked } : {}) });
    }
    expect(data.cited.some((f) => f.unverified), 'the registry has unverified price facts today; the test needs one').toBe(true);
  });
});

describe('describeInputs: the team’s own figures and the assumed ones', () => {
  it('marks every workload figure the team did not give as assumed', () => {
    const text = describeInputs(DEFAULT_INPUTS, new Set(['events', 'durationMs']));
    expect(text).toContain('5 million events a month,');
    expect(text).toContain('200 ms each,');
    expect(text).toContain('512 MB (assumed)');
    expect(text).toContain('50 % of the time waiting on I/O (assumed)');
    expect(text).toContain(`variable load (busiest hour ${PEAK.variable[0]}× the average) (assumed)`);
  });

  it('marks nothing without a set, and names the provider and the levers', () => {
    const text = describeInputs(DEFAULT_INPUTS);
    expect(text).not.toContain('assumed');
    expect(text).toMatch(/^AWS, .*x86, free tier left out, servers sized for 70 % CPU and 80 requests in flight per instance$/);
  });
});

describe('an assessment credits the free tier once, not once per workload', () => {
  it('two functions workloads share one allowance', () => {
    // Each: 10 million events × the per-event price at list price. Alone, each would get the whole allowance;
    // together the allowance (the free requests and GB-seconds at list price) is credited once, split evenly.
    const each = 1e7 * perEvent;
    const allowance = AWS.freeRequests * AWS.request + AWS.freeGbSeconds * AWS.gbSecond;
    const w = { outcome: 'serverless' as const, inputs: { ...DEFAULT_INPUTS, events: 1e7 } };
    const [a, b] = assessmentMonthly([w, w], costBook, true);
    expect(a).toBeCloseTo(each - allowance / 2, 6);
    expect(b).toBeCloseTo(each - allowance / 2, 6);
    expect(assessmentMonthly([w, w], costBook, false)).toEqual([expect.closeTo(each, 6), expect.closeTo(each, 6)]);
  });
});

describe('records carry the cost model', () => {
  const serverless = recordFor(BUSY_SERVERLESS, 'Checkout API', costSummary('serverless', defaultsFor('variable'), costBook));
  const madr = toMadr(serverless);

  it('MADR confirmation: re-decide past the break-even volume and the bill there', () => {
    const confirmation = madr.split('### Confirmation')[1]!.split('## Pros and Cons')[0]!;
    // The container break-even a month, and per second over 2,628,000 s (the record rounds both to one decimal)
    const perMonth = containerMonth / perEvent;
    const m = /re-decide when load stays above ([\d.]+) requests per second \(([\d.]+) million events a month\) for a week/.exec(confirmation);
    expect(m, confirmation).not.toBeNull();
    expect(Math.abs(Number(m![1]) - perMonth / SECONDS)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(Math.abs(Number(m![2]) - perMonth / 1e6)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(confirmation).toContain(`re-decide when the bill for functions passes ${money(containerMonth, 'USD')} a month`);
  });

  it('MADR more information: each price fact’s checked date, or that it is not verified', () => {
    const more = madr.split('## More Information')[1]!;
    for (const f of data.cited) expect(more).toContain(`(${f.sourceUrl}): ${f.checked ? `checked ${f.checked}` : FACT_BADGE_TEXT.unverified}`);
  });

  it('Nygard consequences mention the estimate once', () => {
    const consequences = toNygard(serverless).split('## Consequences')[1]!;
    expect(consequences.split(`Cost: about ${money(functionsMonth, 'USD')} a month as functions`)).toHaveLength(2);
  });
});
