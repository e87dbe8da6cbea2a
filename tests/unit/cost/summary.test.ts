/**
 * The cost summary a decision record carries, against figures worked by
 * hand (each in the comment next to it, not computed by the code under
 * test). Default inputs: AWS, 5 million events, 200 ms, 512 MB, 50 % I/O
 * wait, variable load, free tier off, 70 % target, 80 requests per instance.
 *   functions: 5e6 × 0.1 GB-s × $0.00001667 = $8.335 + 5e6 × $0.0000002 = $1.00; $9.335
 *              per event $0.000001867
 *   containers: one Fargate task (1 vCPU, 2 GB) all month: 730 × ($0.04048 + 2 × $0.004445) = $36.0401
 *              break-even 36.0401 / 0.000001867 = 19,303,749 events (still one task: peak 3 × 7.35/s × 0.2 × 0.5 × 0.289 = 0.64 vCPU / 0.7 < 1)
 *   VM: one m7g.large all month: 730 × $0.0816 = $59.568; break-even 59.568 / 0.000001867 = 31,905,731 events
 */
import { describe, expect, it } from 'vitest';
import { assessmentMonthly, costSummary, describeInputs } from '../../../src/cost/summary';
import { costBookOf } from '../../../src/cost/prices';
import { DEFAULT_INPUTS, defaultsFor } from '../../../src/cost/inputs';
import { toMadr, toNygard } from '../../../src/records/index';
import { data } from './support';
import { BUSY_SERVERLESS, recordFor } from '../records/fixtures';

const costBook = costBookOf(data);
const SECONDS = 2_628_000;
/** Within 0.2 % (the break-even search narrows to 0.1 %). */
const near = (actual: number | undefined, expected: number) => {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! / expected - 1)).toBeLessThan(0.002);
};

describe('costSummary: hand-worked figures at the default inputs', () => {
  it('serverless: the functions bill, the break-even against the first always-on option (containers), and the bill there', () => {
    const s = costSummary('serverless', DEFAULT_INPUTS, costBook);
    expect(s.currency).toBe('USD');
    expect(s.monthly).toBeCloseTo(9.335, 9);
    expect(s.option).toBe('functions');
    expect(s.comparedWith).toBe('managed containers');
    near(s.breakEvenPerMonth, 19_303_749);
    near(s.breakEvenPerSecond, 19_303_749 / SECONDS);
    expect(s.breakEvenMonthly).toBeCloseTo(36.0401, 9);
    expect(s.reviewMonthly).toBeCloseTo(36.0401, 9);
    expect(s.eventsPerMonth).toBe(5_000_000);
    expect(s.region).toContain('US East (N. Virginia)');
  });

  it('servers: the VM bill and the VM break-even', () => {
    const s = costSummary('servers', DEFAULT_INPUTS, costBook);
    expect(s.monthly).toBeCloseTo(59.568, 9);
    near(s.breakEvenPerMonth, 31_905_731);
  });

  it('states every price fact with its checked date', () => {
    const s = costSummary('managed', DEFAULT_INPUTS, costBook);
    expect(s.sources).toHaveLength(data.cited.length);
    for (const f of data.cited) expect(s.sources).toContainEqual({ label: f.claim.replace(/\.$/, ''), checked: f.checked, url: f.sourceUrl });
  });
});

describe('describeInputs: the team’s own figures and the assumed ones', () => {
  it('marks every workload figure the team did not give as assumed', () => {
    const text = describeInputs(DEFAULT_INPUTS, new Set(['events', 'durationMs']));
    expect(text).toContain('5 million events a month,');
    expect(text).toContain('200 ms each,');
    expect(text).toContain('512 MB (assumed)');
    expect(text).toContain('50 % of the time waiting on I/O (assumed)');
    expect(text).toMatch(/variable load \(busiest hour 3× the average\) \(assumed\)/);
  });

  it('marks nothing without a set, and names the provider and the levers', () => {
    const text = describeInputs(DEFAULT_INPUTS);
    expect(text).not.toContain('assumed');
    expect(text).toMatch(/^AWS, .*x86, free tier left out, servers sized for 70 % CPU and 80 requests in flight per instance$/);
  });
});

describe('an assessment credits the free tier once, not once per workload', () => {
  it('two functions workloads share one allowance', () => {
    // Each: 10 million events, 200 ms, 512 MB = $18.67 at list price; alone with the free tier $11.802 (credit $6.868).
    // Together the allowance (1 M requests = $0.20 and 400,000 GB-s = $6.668, $6.868 in all) is credited once, split evenly.
    const w = { outcome: 'serverless' as const, inputs: { ...DEFAULT_INPUTS, events: 1e7 } };
    const [a, b] = assessmentMonthly([w, w], costBook, true);
    expect(a).toBeCloseTo(18.67 - 6.868 / 2, 6);
    expect(b).toBeCloseTo(18.67 - 6.868 / 2, 6);
    expect(assessmentMonthly([w, w], costBook, false)).toEqual([expect.closeTo(18.67, 6), expect.closeTo(18.67, 6)]);
  });
});

describe('records carry the cost model', () => {
  const serverless = recordFor(BUSY_SERVERLESS, 'Checkout API', costSummary('serverless', defaultsFor('variable'), costBook));
  const madr = toMadr(serverless);

  it('MADR confirmation: re-decide past the break-even volume and the bill there', () => {
    const confirmation = madr.split('### Confirmation')[1]!.split('## Pros and Cons')[0]!;
    // 19.3 million a month / 2,628,000 s = 7.3 per second
    expect(confirmation).toMatch(/re-decide when load stays above 7\.3 requests per second \(19\.3 million events a month\) for a week/);
    expect(confirmation).toContain('re-decide when the bill for functions passes 36.04 USD a month');
  });

  it('MADR more information: each price fact’s checked date', () => {
    const more = madr.split('## More Information')[1]!;
    for (const f of data.cited) expect(more).toContain(`(${f.sourceUrl}): checked ${f.checked}`);
  });

  it('Nygard consequences mention the estimate once', () => {
    const consequences = toNygard(serverless).split('## Consequences')[1]!;
    expect(consequences.match(/Cost: about 9\.34 USD a month as functions/g)).toHaveLength(1);
  });
});
