/**
 * The cost formulas against examples worked by hand. Every expected figure
 * is computed in the test from the registry's prices (support.ts reads them
 * from content/facts), with the arithmetic written out next to it, never by
 * the code under test; so a price change moves the expectations with it,
 * and a formula change fails here. Sizing counts (instances, VMs) do not
 * depend on prices and are pinned. 730 hours = 2,628,000 s a month.
 */
import { describe, expect, it } from 'vitest';
import { PEAK, breakEven, cheapest, containerCost, dayProfile, estimate, functionsCost, vmCost, vmCount, type LineId, type OptionCost } from '../../../src/cost/model';
import { ASSUMPTIONS } from '../../../src/cost/prices';
import { AWS, SECONDS, book, fact, inputs } from './support';

/** The rule the page states for "which lines dominate": the largest, and any other at least a quarter of the total. */
function dominantOf(lines: Partial<Record<LineId, number>>): LineId[] {
  const entries = Object.entries(lines) as [LineId, number][];
  const total = entries.reduce((s, [, v]) => s + v, 0);
  const largest = entries.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return entries.filter(([id, v]) => id === largest || v >= total / 4).map(([id]) => id);
}
const sortLines = (c: OptionCost) => [...c.dominant].sort();

describe('the day shape', () => {
  it('averages 1 and peaks at each shape’s stated peak', () => {
    for (const [shape, [peak, hours]] of Object.entries(PEAK) as [keyof typeof PEAK, readonly [number, number]][]) {
      const day = dayProfile(shape);
      expect(day).toHaveLength(24);
      expect(day.reduce((s, h) => s + h, 0) / 24).toBeCloseTo(1, 12);
      expect(Math.max(...day)).toBe(peak);
      expect(day.filter((h) => h === peak)).toHaveLength(peak === 1 ? 24 : hours);
    }
  });
});

describe('functions at list price (issue 23)', () => {
  // 10 million calls × 0.2 s × 0.5 GB = 1,000,000 GB-s
  const gbSeconds = 1e7 * 0.2 * 0.5;

  it('10 million 200 ms calls at 512 MB: every GB-second and every request billed (free tier off, the default)', () => {
    const f = functionsCost(inputs({ events: 1e7 }), book);
    expect(f.lines.compute).toBeCloseTo(gbSeconds * AWS.gbSecond, 9);
    expect(f.lines.requests).toBeCloseTo(1e7 * AWS.request, 9);
    expect(f.total).toBeCloseTo(gbSeconds * AWS.gbSecond + 1e7 * AWS.request, 9);
  });

  it('the free tier, when switched on, takes its GB-seconds and requests off once', () => {
    const expected = (gbSeconds - AWS.freeGbSeconds) * AWS.gbSecond + (1e7 - AWS.freeRequests) * AWS.request;
    expect(functionsCost(inputs({ events: 1e7, freeTier: true }), book).total).toBeCloseTo(expected, 9);
  });

  it('a workload smaller than the free tier costs nothing with it switched on', () => {
    // 100,000 calls × 0.1 GB-s = 10,000 GB-s and 100,000 requests: both under the monthly allowance.
    expect(functionsCost(inputs({ events: 1e5, freeTier: true }), book).total).toBe(0);
  });

  it('Arm: the same calls at the Arm GB-second price', () => {
    expect(functionsCost(inputs({ events: 1e7, arch: 'arm' }), book).total).toBeCloseTo(gbSeconds * AWS.gbSecondArm + 1e7 * AWS.request, 9);
  });

  it('a commitment discount is capped at the published maximum for Lambda and spares requests', () => {
    // Asked for 99 % (more than any published maximum): the cap applies to duration only.
    const expected = gbSeconds * AWS.gbSecond * (1 - AWS.lambdaCommitMax / 100) + 1e7 * AWS.request;
    expect(functionsCost(inputs({ events: 1e7, commit: 99 }), book).total).toBeCloseTo(expected, 9);
  });

  it('bills waiting time: I/O wait does not change the functions bill', () => {
    expect(functionsCost(inputs({ ioWait: 0.9 }), book).total).toBe(functionsCost(inputs({ ioWait: 0 }), book).total);
  });

  it('Lambda Managed Instances: the default instance count of the reference VM at its price plus the fee, and the request price', () => {
    // 5 million events barely load one instance, so the default count stays: n × 730 h × VM price × (1 + fee), + 5e6 requests.
    const f = functionsCost(inputs({ lmi: true }), book);
    expect(f.instances).toBe(AWS.lmiInstances);
    expect(f.total).toBeCloseTo(AWS.lmiInstances * 730 * AWS.vmHour * (1 + AWS.lmiFee) + 5e6 * AWS.request, 9);
  });
});

describe('a function busy all day against the same capacity always on (issue 23)', () => {
  // One request at a time, 1 s each, around the clock: 2,628,000 events; two vCPU's worth of Lambda memory.
  const memoryMb = 2 * AWS.mbPerVcpu;
  const busy = inputs({ events: SECONDS, durationMs: 1000, memoryMb, ioWait: 0, shape: 'flat', util: 1 });
  const functionsBill = SECONDS * (memoryMb / 1024) * AWS.gbSecond + SECONDS * AWS.request;

  it('functions bill every second; one 2-vCPU VM carries the same work and costs less', () => {
    // 2 vCPU busy / (2 vCPU × 100 %) = 1 VM × 730 h
    const e = estimate(busy, book);
    expect(e.functions.total).toBeCloseTo(functionsBill, 6);
    expect(e.vm.instances).toBe(1);
    expect(e.vm.total).toBeCloseTo(730 * AWS.vmHour, 9);
    expect(e.vm.total).toBeLessThan(e.functions.total);
    expect(cheapest(e)).not.toBe('functions');
  });

  it('at the default 70% target the VM count rounds up to 2 and the bill doubles', () => {
    // 2 / (2 × 0.7) = 1.43 → 2 VMs
    const e = estimate({ ...busy, util: 0.7 }, book);
    expect(e.vm.instances).toBe(2);
    expect(e.vm.total).toBeCloseTo(2 * 730 * AWS.vmHour, 9);
  });
});

describe('ceilings per instance: servers and containers scale out', () => {
  it('100% I/O wait no longer lets one VM serve 100 billion events: the concurrency ceiling counts', () => {
    // 1e11 / 2,628,000 s = 38,051.8 events/s × 0.2 s = 7,610.4 in flight; variable peak ×3 = 22,831 / 80 = 285.4 → 286 VMs
    expect(vmCount(inputs({ events: 1e11, ioWait: 1 }), book)).toBe(286);
  });

  it('the memory ceiling counts when requests are heavy', () => {
    // 1e9 events: 380.5 events/s × 0.2 = 76.1 in flight; flat; × 1,024 MB = 77,927 MB / 8,192 MB = 9.51 → 10 VMs
    expect(vmCount(inputs({ events: 1e9, ioWait: 1, shape: 'flat', requestMb: 1024 }), book)).toBe(10);
  });

  it('containers follow the load hour by hour; VMs are sized for the busiest hour', () => {
    // 1e9 events, 512 MB, 50% wait: CPU 380.5 × 0.2 × 0.5 × 512/1,769 = 11.01 vCPU on average.
    // spiky: peak hour 110.1 vCPU / 0.7 = 157.3 → 158 one-vCPU tasks; the other 23 hours 6.70 / 0.7 = 9.58 → 10.
    // tasks on average: (158 + 23 × 10) / 24 = 16.1667, each 1 vCPU and 2 GB for 730 h
    const at = inputs({ events: 1e9, shape: 'spiky' });
    const c = containerCost(at, book);
    expect(c.instances).toBeCloseTo(16.1667, 4);
    expect(c.total).toBeCloseTo(c.instances * 730 * (AWS.fargateVcpuHour + 2 * AWS.fargateGbHour), 9);
    // VMs: 110.1 / (2 × 0.7) = 78.6 → 79 all day
    expect(vmCount(at, book)).toBe(79);
  });

  it('keeps the minimum instances up when idle, at the Arm price on Arm', () => {
    expect(containerCost(inputs({ events: 1, minInstances: 2 }), book).total).toBeCloseTo(2 * 730 * (AWS.fargateVcpuHour + 2 * AWS.fargateGbHour), 9);
    expect(containerCost(inputs({ events: 1, minInstances: 2, arch: 'arm' }), book).total).toBeCloseTo(2 * 730 * (AWS.fargateVcpuHourArm + 2 * AWS.fargateGbHourArm), 9);
  });
});

describe('container billing by request (Cloud Run) and by instance', () => {
  const g = inputs({ provider: 'google-cloud', containerBilling: 'request', minInstances: 0 });
  const vcpuRequest = fact('google-cloud-run-price-vcpu-second-request-based');
  const gibRequest = fact('google-cloud-run-price-gib-second-request-based');
  const perRequest = fact('google-cloud-run-price-requests') / 1e6;

  it('bills only while requests are in flight, and scales to zero', () => {
    // 5e6 events × 0.2 s: 1.9 events/s × 0.2 = 0.38 in flight on average; variable: 4 h at 1.14, 20 h at 0.228.
    // active instance-hours a day: 4 × max(1, need) + 20 × 0.228, need at peak = max(1.14 × 0.5 × 0.333 vCPU/0.7, 1.14/80, …) = 0.271 → 1
    //   = 4 + 4.56 = 8.56 of 24 hours, each instance 1 vCPU and 2 GiB
    const c = containerCost(g, book);
    expect(c.instances).toBeCloseTo(8.56 / 24, 3);
    expect(c.lines.requests).toBeCloseTo(5e6 * perRequest, 9);
    expect(c.total).toBeCloseTo((8.56 / 24) * SECONDS * (vcpuRequest + 2 * gibRequest) + 5e6 * perRequest, 1);
    expect(containerCost({ ...g, events: 1 }, book).total).toBeLessThan(0.01);
  });

  it('instance billing keeps at least one instance up all month', () => {
    // 1 instance × 2,628,000 s × (1 vCPU × CPU rate + 2 GiB × the assumed memory rate)
    const expected = SECONDS * (fact('google-cloud-run-price-cpu-instance-based') + 2 * ASSUMPTIONS.cloudRunInstanceGibSecond.value);
    expect(containerCost({ ...g, containerBilling: 'instance', events: 1 }, book).total).toBeCloseTo(expected, 9);
  });
});

describe('the total bill beyond compute', () => {
  it('adds gateway, logs, egress and NAT, and says which lines dominate', () => {
    // 1e8 events on AWS: 2 KB of logs each = 200 GB; 10 KB out each = 1,000 GB
    const at = inputs({ events: 1e8, gateway: true, logKb: 2, egressKb: 10, nat: true });
    const e = estimate(at, book);
    expect(e.functions.lines.gateway).toBeCloseTo(1e8 * AWS.gatewayRequest, 9);
    expect(e.functions.lines.logs).toBeCloseTo(200 * AWS.logsGb, 9);
    expect(e.functions.lines.transfer).toBeCloseTo(1000 * AWS.egressGb, 9);
    expect(e.functions.lines.nat).toBe(0);
    // NAT (containers, VMs): 730 h × the hourly price + 1,000 GB × the per-GB price
    expect(e.vm.lines.nat).toBeCloseTo(730 * AWS.natHour + 1000 * AWS.natGb, 9);
    // Functions: compute 1e8 × 0.1 GB-s, requests 1e8; the dominant lines follow the stated rule.
    const lines = { compute: 1e8 * 0.1 * AWS.gbSecond, requests: 1e8 * AWS.request, gateway: 1e8 * AWS.gatewayRequest, logs: 200 * AWS.logsGb, transfer: 1000 * AWS.egressGb };
    expect(sortLines(e.functions)).toEqual(dominantOf(lines).sort());
  });

  it('a short, small function behind a gateway: gateway and requests outweigh compute', () => {
    // 1e8 × 10 ms × 0.125 GB = 125,000 GB-s
    const f = functionsCost(inputs({ events: 1e8, durationMs: 10, memoryMb: 128, gateway: true }), book);
    const lines = { compute: 125_000 * AWS.gbSecond, requests: 1e8 * AWS.request, gateway: 1e8 * AWS.gatewayRequest };
    expect(f.total).toBeCloseTo(lines.compute + lines.requests + lines.gateway, 9);
    expect(sortLines(f)).toEqual(dominantOf(lines).sort());
  });

  it('names what a provider cannot price instead of inventing it', () => {
    const e = estimate(inputs({ provider: 'google-cloud', gateway: true, logKb: 1, arch: 'arm', lmi: true }), book);
    expect(e.notes.join('; ')).toMatch(/Arm is not priced.*Managed Instances exist only on AWS.*no gateway price.*no log price/);
  });
});

describe('commitments are capped at each product’s published maximum', () => {
  it('EC2: any discount asked for above the maximum gives the maximum', () => {
    expect(vmCost(inputs({ commit: 90, events: 1 }), book).total).toBeCloseTo(730 * AWS.vmHour * (1 - Math.min(90, AWS.ec2CommitMax) / 100), 9);
  });
});

describe('break-evens', () => {
  it('functions overtake VMs and containers at some volume on every provider at the defaults', () => {
    for (const provider of ['aws', 'azure', 'google-cloud'] as const) {
      for (const c of breakEven(inputs({ provider }), book)) expect(c.events, `${provider} ${c.other}`).not.toBeNull();
    }
  });

  it('the VM break-even on AWS at the defaults is where functions reach one VM’s month', () => {
    // functions per event: request price + 0.2 s × 0.5 GB × GB-second price; one VM: 730 h × its price
    // (still one VM there: peak 3 × 12 events/s × 0.2 s = 7.3 in flight, under the 80 per instance)
    const expected = (730 * AWS.vmHour) / (AWS.request + 0.2 * 0.5 * AWS.gbSecond);
    const vm = breakEven(inputs(), book).find((c) => c.other === 'vm')!;
    expect(Math.abs(vm.events! / expected - 1)).toBeLessThan(0.002);
  });
});
