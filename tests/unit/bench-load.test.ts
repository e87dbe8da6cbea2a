/**
 * The bench's load rule (bench/lib/load.mjs): the share of the CPUs other
 * processes used during a step is the machine's busy time less the bench's
 * own, a step measured while they used more than the threshold is measured
 * again, and the quietest attempt is kept with every attempt's readings.
 */
import { describe, expect, it } from 'vitest';
import { ATTEMPTS, BUSY_SHARE, loadBetween, snapshot, timedStep } from '../../bench/lib/load.mjs';

type Snap = ReturnType<typeof snapshot>;
const snap = (at: number, load: number, busy: number, total: number, bench: number): Snap => ({ at, load, machine: { busy, total }, bench });

describe('bench load rule', () => {
  it('counts only other processes: machine busy time less the bench tree', () => {
    // 400 ticks of machine time (2 CPUs × 2 s): 300 busy, 200 of them the bench's.
    const load = loadBetween(snap(0, 1.5, 1000, 5000, 100), snap(2000, 2.5, 1300, 5400, 300));
    expect(load.otherShare).toBeCloseTo(0.25);
    expect(load).toMatchObject({ loadBefore: 1.5, loadAfter: 2.5, seconds: 2, busy: 0.25 > BUSY_SHARE });
    // The bench alone keeping both CPUs busy is no noise.
    expect(loadBetween(snap(0, 3, 0, 0, 0), snap(1000, 3, 200, 200, 200)).otherShare).toBe(0);
  });

  it('reads this machine: the bench burning CPU does not count against the step', () => {
    const a = snapshot();
    const until = Date.now() + 300;
    while (Date.now() < until) Math.sqrt(Math.random());
    const b = snapshot();
    expect(b.bench - a.bench, 'the bench used CPU').toBeGreaterThan(10);
    expect(b.machine.total).toBeGreaterThan(a.machine.total);
    expect(loadBetween(a, b).otherShare).toBeLessThanOrEqual(1);
  });

  it('measures a busy step again and keeps the quietest attempt, with every reading', async () => {
    expect(ATTEMPTS).toBeGreaterThanOrEqual(2);
    // Attempt 1: others use 90 % of the CPUs; attempt 2: 10 %.
    const readings = [snap(0, 4, 0, 0, 0), snap(1000, 4.2, 190, 200, 10), snap(2000, 1, 190, 200, 10), snap(3000, 0.9, 230, 400, 30)];
    let call = 0;
    const logs: string[] = [];
    let runs = 0;
    const out = await timedStep('demo', async () => ++runs, (m) => logs.push(m), { snapshot: () => readings[call++]!, waitForQuiet: async () => 0 });
    expect(runs).toBe(2);
    expect(out.result).toBe(2);
    expect(out.load.otherShare).toBeCloseTo(0.1);
    expect(out.load.attempts.map((a) => a.busy)).toEqual([true, false]);
    expect(logs.join('\n')).toMatch(/demo: other processes used 90 % of the CPUs during it .*measuring again/);
  });

  it('does not repeat a quiet step', async () => {
    const readings = [snap(0, 0.5, 0, 0, 0), snap(1000, 0.6, 150, 200, 145)];
    let call = 0;
    let runs = 0;
    const out = await timedStep('quiet', async () => ++runs, () => undefined, { snapshot: () => readings[call++]!, waitForQuiet: async () => 0 });
    expect(runs).toBe(1);
    expect(out.load.attempts).toHaveLength(1);
    expect(out.load.busy).toBe(false);
  });
});
