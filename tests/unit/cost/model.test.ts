/**
 * The cost formulas against examples worked by hand. Every expected figure
 * below is computed in the comment next to it, not by the code under test.
 *
 * Prices come from the facts registry (content/facts): Lambda $0.20 per
 * million requests, $0.00001667 per GB-second, 1,000,000 free requests and
 * 400,000 free GB-seconds a month ("How AWS Pricing Works", Lambda);
 * 1,769 MB = one vCPU; Cloud Run $0.000018 per vCPU-second. Assumed: Cloud
 * Run memory $0.000002 per GiB-second, 2 GiB per vCPU, 60% target
 * utilisation, 730 hours a month (2,628,000 s), VM 2 vCPU.
 */
import { describe, expect, it } from 'vitest';
import { breakEven, cheapest, containerCost, curve, estimate, functionsCost, vmCost, vmCount, type Inputs } from '../../../src/cost/model';
import { book } from './support';

const { prices } = book;
const base: Inputs = { events: 5_000_000, shape: 'variable', durationMs: 200, memoryMb: 512, ioWait: 0.5, vmHourly: 0.067 };

describe('prices come from the registry', () => {
  it('reads the Lambda and Cloud Run figures by id', () => {
    expect(prices.functions.perRequest).toBeCloseTo(0.2 / 1e6, 15);
    expect(prices.functions.perGbSecond).toBe(0.00001667);
    expect(prices.functions.freeRequests).toBe(1_000_000);
    expect(prices.functions.freeGbSeconds).toBe(400_000);
    expect(prices.functions.mbPerVcpu).toBe(1769);
    expect(prices.container.perVcpuSecond).toBe(0.000018);
    expect(book.limits).toEqual({ maxDurationMs: 15 * 60_000, maxMemoryMb: 10_240 });
  });

  it('refuses to build without a fact it needs', async () => {
    const { priceBook } = await import('../../../src/cost/prices');
    expect(() => priceBook(() => undefined)).toThrow(/aws-lambda-price-requests/);
  });
});

describe('functions (published examples)', () => {
  it('matches AWS Lambda pricing page, example 1: 512 MB, 3 million runs of 1 s = $18.74', () => {
    // Published on aws.amazon.com/lambda/pricing/ (US East), same rates as the whitepaper:
    // compute: 3,000,000 × 1 s × 512/1024 GB = 1,500,000 GB-s; − 400,000 free = 1,100,000 × $0.00001667 = $18.337
    // requests: 3,000,000 − 1,000,000 free = 2,000,000 × $0.20 / 1,000,000 = $0.40
    // total $18.737, which the page rounds to $18.74.
    const cost = functionsCost({ ...base, events: 3_000_000, durationMs: 1000, memoryMb: 512 }, prices);
    expect(cost).toBeCloseTo(18.737, 6);
    expect(Math.round(cost * 100) / 100).toBe(18.74);
  });

  it('matches example 2 worked by hand: 128 MB, 30 million runs of 200 ms = $11.63', () => {
    // compute: 30,000,000 × 0.2 s × 128/1024 GB = 750,000 GB-s; − 400,000 = 350,000 × $0.00001667 = $5.8345
    // requests: 29,000,000 × $0.0000002 = $5.80;  total $11.6345
    const cost = functionsCost({ ...base, events: 30_000_000, durationMs: 200, memoryMb: 128 }, prices);
    expect(cost).toBeCloseTo(11.6345, 6);
  });

  it('costs nothing inside the free tier', () => {
    // 1,000,000 requests (all free); 1,000,000 × 0.1 s × 0.125 GB = 12,500 GB-s (free)
    expect(functionsCost({ ...base, events: 1_000_000, durationMs: 100, memoryMb: 128 }, prices)).toBe(0);
  });

  it('bills waiting time: I/O wait does not change the functions bill', () => {
    expect(functionsCost({ ...base, ioWait: 0.9 }, prices)).toBe(functionsCost({ ...base, ioWait: 0 }, prices));
  });
});

describe('managed containers', () => {
  it('keeps one vCPU up at low volume: $57.816 a month', () => {
    // busy vCPU-s = 5,000,000 × 0.2 × 0.5 × 512/1769 = 144,714.5; average need 144,714.5 / 2,628,000 / 0.6 = 0.092 → floor 1 vCPU
    // 1 vCPU × 2,628,000 s × $0.000018 = $47.304; 2 GiB × 2,628,000 s × $0.000002 = $10.512; total $57.816
    expect(containerCost(base, prices)).toBeCloseTo(57.816, 6);
  });

  it('scales with busy CPU time at high volume', () => {
    // 1,769 MB (one vCPU), 1e9 events × 0.2 s × (1 − 0.5) = 1e8 vCPU-s; / 0.6 = 166,666,666.7 vCPU-s provisioned
    // × ($0.000018 + 2 × $0.000002 = $0.000022) = $3,666.67
    expect(containerCost({ ...base, events: 1e9, memoryMb: 1769 }, prices)).toBeCloseTo(3666.6667, 3);
  });
});

describe('virtual machines', () => {
  it('sizes for the peak hour, so the daily shape matters', () => {
    // 1,769 MB, 1e9 events: average busy vCPU = 1e8 / 2,628,000 = 38.0518; one VM carries 2 × 0.6 = 1.2 vCPU
    // variable ×3 → 114.155 / 1.2 = 95.13 → 96 VMs; spiky ×10 → 317.1 → 318; steady ×1.5 → 47.56 → 48
    const at = { ...base, events: 1e9, memoryMb: 1769 };
    expect(vmCount({ ...at, shape: 'variable' }, prices)).toBe(96);
    expect(vmCount({ ...at, shape: 'spiky' }, prices)).toBe(318);
    expect(vmCount({ ...at, shape: 'steady-high' }, prices)).toBe(48);
    // 96 × 730 h × $0.067 = $4,695.36
    expect(vmCost({ ...at, shape: 'variable' }, prices)).toBeCloseTo(4695.36, 6);
  });

  it('never runs fewer than one server', () => {
    // 1 × 730 × $0.067 = $48.91
    expect(vmCost({ ...base, events: 1 }, prices)).toBeCloseTo(48.91, 6);
  });
});

describe('the default workload', () => {
  it('estimates $2.47, $57.82 and $48.91 and picks functions', () => {
    // functions: 4,000,000 × $0.0000002 = $0.80; 500,000 − 400,000 = 100,000 GB-s × $0.00001667 = $1.667; $2.467
    const e = estimate(base, prices);
    expect(e.functions).toBeCloseTo(2.467, 6);
    expect(e.container).toBeCloseTo(57.816, 6);
    expect(e.vm).toBeCloseTo(48.91, 6);
    expect(cheapest(e)).toBe('functions');
  });

  it('finds the break-even volumes worked by hand (≈34.6 and ≈29.9 million a month)', () => {
    // functions above the free tiers: 1.867e-6 × n − 0.2 − 6.668 = 1.867e-6 n − 6.868 (USD)
    // vs containers (still one vCPU below 54 million): 57.816 → n = 64.684 / 1.867e-6 = 34,645,956
    // vs one VM (enough until 36.3 million at peak ×3): 48.91 → n = 55.778 / 1.867e-6 = 29,875,736
    const [container, vm] = breakEven(base, prices);
    expect(container!.other).toBe('container');
    expect(container!.events! / 34_645_956).toBeCloseTo(1, 2);
    expect(vm!.events! / 29_875_736).toBeCloseTo(1, 2);
  });

  it('reports no crossover when functions stay cheaper across the whole range', () => {
    // 10,240 MB (10,240 / 1,769 = 5.7886 vCPU), 1 s, no waiting:
    // functions per event: $0.0000002 + 1 s × 10 GB × $0.00001667 = $0.0001669
    // containers per event: 5.7886 vCPU-s / 0.6 × $0.000022 = $0.00021225 (above the one-vCPU floor from ~2.7e5 events)
    // functions start at $0 (free tier) and grow more slowly, so they never catch up below 1e11.
    const [container] = breakEven({ ...base, durationMs: 1000, memoryMb: 10_240, ioWait: 0 }, prices);
    expect(container).toEqual({ other: 'container', events: null, cost: null });
  });

  it('finds the container crossover for tiny, cheap runs near 2.9e8 events', () => {
    // 1 ms at 128 MB: n × 0.001 s × 0.125 GB = 0.000125 n GB-s stays inside the 400,000 free GB-s
    // up to 3.2e9 events, so only requests cost: (n − 1,000,000) × $0.0000002.
    // Containers stay at their $57.816 floor (busy CPU is tiny): n = 57.816 / 0.0000002 + 1,000,000 = 290,080,000.
    const [container] = breakEven({ ...base, durationMs: 1, memoryMb: 128, ioWait: 0 }, prices);
    expect(container!.events! / 290_080_000).toBeCloseTo(1, 2);
  });
});

describe('curve', () => {
  it('covers the range with finite, non-negative costs', () => {
    const points = curve(base, prices);
    expect(points).toHaveLength(61);
    expect(points[0]!.events).toBeCloseTo(1e4, 6);
    expect(points.at(-1)!.events).toBeCloseTo(1e11, -3);
    for (const p of points) for (const v of [p.functions, p.container, p.vm]) expect(Number.isFinite(v) && v >= 0).toBe(true);
  });
});
