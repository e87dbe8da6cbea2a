/**
 * The cost summary a decision record carries, against figures worked by
 * hand (each in the comment next to it, not computed by the code under
 * test). Prices as in model.test.ts: Lambda $0.20 per million requests,
 * $0.00001667 per GB-second, 1,000,000 free requests, 400,000 free
 * GB-seconds, 1,769 MB per vCPU; Cloud Run $0.000018 per vCPU-second and
 * (assumed) $0.000002 per GiB-second with 2 GiB per vCPU, 1 vCPU minimum;
 * VM 2 vCPU at 60 % peak utilisation; 730 hours (2,628,000 s) a month.
 *
 * Default inputs: 5 million events, 200 ms, 512 MB, 50 % I/O wait, VM $0.067/h.
 *   functions: 4,000,000 × $0.0000002 = $0.80; 5e6 × 0.2 s × 0.5 GB = 500,000 GB-s,
 *              − 400,000 free = 100,000 × $0.00001667 = $1.667; total $2.467
 *   containers: busy 5e6 × 0.2 × 0.5 × 512/1769 = 144,714 vCPU-s → 0.09 vCPU needed → 1 vCPU minimum:
 *              2,628,000 × $0.000018 = $47.304 + 2 GiB × 2,628,000 × $0.000002 = $10.512; total $57.816
 *   VM: one server (peak 3 × 0.055 vCPU ≪ 1.2) × 730 h × $0.067 = $48.91
 * Functions at N events (past the free tier): N × ($0.0000002 + 0.1 GB-s × $0.00001667) − $0.20 − $6.668
 *   = N × $0.000001867 − $6.868
 *   = $48.91 (VM)        at N = 55.778 / 0.000001867 = 29,875,736 events (still one VM: peak 3 × 0.33 vCPU < 1.2)
 *   = $57.816 (container) at N = 64.684 / 0.000001867 = 34,645,956 events (still 1 vCPU: 0.61 needed)
 */
import { describe, expect, it } from 'vitest';
import { costSummary, describeInputs } from '../../../src/cost/summary';
import { costBookOf } from '../../../src/cost/prices';
import { DEFAULT_INPUTS, defaultsFor } from '../../../src/cost/inputs';
import { toMadr, toNygard } from '../../../src/records/index';
import { book } from './support';
import { BUSY_SERVERLESS, recordFor } from '../records/fixtures';

const costBook = costBookOf(book);
const SECONDS = 2_628_000;
/** Within 0.2 % (the break-even search narrows to 0.1 %). */
const near = (actual: number | undefined, expected: number) => {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! / expected - 1)).toBeLessThan(0.002);
};

describe('costSummary: hand-worked figures at the default inputs', () => {
  it('serverless: the functions bill, the break-even against the first always-on option (VMs), and the bill there', () => {
    const s = costSummary('serverless', DEFAULT_INPUTS, costBook);
    expect(s.currency).toBe('USD');
    expect(s.monthly).toBeCloseTo(2.467, 9);
    expect(s.option).toBe('functions');
    expect(s.comparedWith).toBe('virtual machines');
    near(s.breakEvenPerMonth, 29_875_736);
    near(s.breakEvenPerSecond, 29_875_736 / SECONDS); // ≈ 11.37 per second
    expect(s.breakEvenMonthly).toBeCloseTo(48.91, 9);
    // On functions, the bill at the break-even volume is the review amount.
    expect(s.reviewMonthly).toBeCloseTo(48.91, 9);
    expect(s.eventsPerMonth).toBe(5_000_000);
  });

  it('managed: the container bill and its own break-even with functions; review left to the default (twice)', () => {
    const s = costSummary('managed', DEFAULT_INPUTS, costBook);
    expect(s.monthly).toBeCloseTo(57.816, 9);
    expect(s.option).toBe('managed containers');
    expect(s.comparedWith).toBe('managed containers');
    near(s.breakEvenPerMonth, 34_645_956);
    expect(s.breakEvenMonthly).toBeCloseTo(57.816, 9);
    expect(s.reviewMonthly).toBeUndefined();
  });

  it('servers: the VM bill and the VM break-even', () => {
    const s = costSummary('servers', DEFAULT_INPUTS, costBook);
    expect(s.monthly).toBeCloseTo(48.91, 9);
    expect(s.comparedWith).toBe('virtual machines');
    near(s.breakEvenPerMonth, 29_875_736);
  });

  it('spiky traffic: servers sized for a 10× peak; one VM carries up to 10,896,000 events, then two cost $97.82', () => {
    // Busy vCPU per event per second of the month: 0.2 × 0.5 × 512/1769 / 2,628,000 = 1.1013e-8.
    // Servers for a 10× peak cost at least N × 10 × 1.1013e-8 / 1.2 vCPU per server × $48.91 = N × $0.00000449,
    // more per event than functions' $0.000001867, and one server ($48.91) is dearer than functions below 29.9 M:
    // so VMs never become cheaper, and the break-even is the containers' one, as with variable load.
    const spiky = defaultsFor('spiky');
    expect(spiky.shape).toBe('spiky');
    const s = costSummary('serverless', spiky, costBook);
    expect(s.comparedWith).toBe('managed containers');
    near(s.breakEvenPerMonth, 34_645_956);
    expect(s.assumptions).toContain('spiky load (busiest hour 10× the average)');
  });

  it('states the inputs, region and every price fact with its checked date', () => {
    const s = costSummary('serverless', DEFAULT_INPUTS, costBook);
    expect(s.assumptions).toBe(describeInputs(DEFAULT_INPUTS));
    expect(s.assumptions).toBe(
      '5 million events a month, variable load (busiest hour 3× the average), 200 ms each, 512 MB, 50 % of the time waiting on I/O, a virtual machine at 0.067 USD an hour',
    );
    expect(s.region).toContain('US East (N. Virginia)');
    expect(s.sources?.map((f) => f.url)).toEqual(book.cited.map((f) => f.sourceUrl));
    for (const f of s.sources ?? []) expect(f.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('says when functions never lose in range (no break-even, no review amount from it)', () => {
    // Containers at $1 per vCPU-second cost at least 2,628,000 × $1 a month and VMs at $1,000 an hour at least $730,000,
    // while functions cost at most 1e11 × $0.000001867 ≈ $186,700 at the top of the range: no crossing.
    const pricey = { ...costBook, prices: { ...costBook.prices, container: { ...costBook.prices.container, perVcpuSecond: 1 } } };
    const s = costSummary('managed', { ...DEFAULT_INPUTS, vmHourly: 1000 }, pricey);
    expect(s.breakEvenPerSecond).toBeUndefined();
    expect(s.comparedWith).toBeUndefined();
  });
});

describe('records carry the cost model', () => {
  const serverless = recordFor(BUSY_SERVERLESS, 'Checkout API', costSummary('serverless', defaultsFor('spiky'), costBook));
  const madr = toMadr(serverless);
  const confirmation = madr.split('### Confirmation')[1]!.split('## Pros and Cons')[0]!;

  it('MADR confirmation: re-decide past the break-even volume and the bill there', () => {
    // spiky default inputs: functions at 5 M events = $2.467, break-even with containers at 34.6 M events
    // (34,645,956 / 2,628,000 = 13.2 per second), functions bill there = containers' $57.816.
    // The search stops within 0.1 % above the crossing: 34.65 to 34.68 million, written "34.6" or "34.7".
    expect(confirmation).toMatch(/re-decide when load stays above 13 requests per second \(34\.[67] million events a month\) for a week/);
    expect(confirmation).toContain('managed containers cost less than functions');
    expect(confirmation).toContain('re-decide when the bill for functions passes 57.82 USD a month, the bill at the break-even volume (the estimate is 2.47 USD');
  });

  it('MADR more information: the region and each price fact’s checked date', () => {
    const more = madr.split('## More Information')[1]!;
    expect(more).toContain('US East (N. Virginia)');
    for (const f of book.cited) expect(more).toContain(`(${f.sourceUrl}): checked ${f.checked}`);
  });

  it('Nygard consequences mention the estimate once', () => {
    const nygard = toNygard(serverless);
    const consequences = nygard.split('## Consequences')[1]!;
    expect(consequences.match(/Cost: about 2\.47 USD a month as functions/g)).toHaveLength(1);
  });

  it('a managed record re-decides below its break-even and at twice its bill', () => {
    // The writer reads only the outcome and the cost summary here, so the serverless record with the managed outcome serves.
    const managed = toMadr({ ...recordFor(BUSY_SERVERLESS, 'Reports'), outcome: 'managed', cost: costSummary('managed', DEFAULT_INPUTS, costBook) });
    expect(managed).toMatch(/re-decide when load stays below 13 requests per second \(34\.[67] million events a month\) for a month/);
    // 5 million events is below the break-even, so the record says cost alone would favour functions.
    expect(managed).toContain('The estimated load is already below it: on cost alone functions would win');
    // Twice $57.816 = $115.63, written in whole dollars from 100 up.
    expect(managed).toContain('passes 116 USD a month, twice the estimate (the estimate is 57.82 USD for managed containers');
  });
});
