/**
 * Break-evens are pinned: for a set of reference workloads on every
 * provider, the volume where functions cost as much as containers and as
 * VMs. If the price facts have not changed (same digest), no break-even may
 * move by more than 2%: a change to the model that moves one fails here.
 * When the facts change on purpose, re-pin and commit the new file:
 *
 *   UPDATE_PINS=1 npx vitest run tests/unit/cost/break-even-pins.test.ts
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { breakEven, PROVIDERS, type Inputs } from '../../../src/cost/model';
import { data, inputs } from './support';

const FILE = fileURLToPath(new URL('./break-even-pins.json', import.meta.url));
const SCENARIOS: Record<string, Partial<Inputs>> = {
  defaults: {},
  'steady, CPU-bound, 1 GB': { shape: 'steady-high', ioWait: 0.1, memoryMb: 1024, durationMs: 100 },
  'spiky, I/O-bound, 256 MB': { shape: 'spiky', ioWait: 0.9, memoryMb: 256, durationMs: 500 },
  'flat, request billing, gateway and logs': { shape: 'flat', containerBilling: 'request', minInstances: 0, gateway: true, logKb: 1 },
};
const digest = createHash('sha256')
  .update(JSON.stringify(data.cited.map((f) => [f.id, f.value]).sort()))
  .digest('hex')
  .slice(0, 16);

function compute() {
  const pins: Record<string, number | null> = {};
  for (const [name, changes] of Object.entries(SCENARIOS))
    for (const provider of PROVIDERS)
      for (const c of breakEven(inputs({ ...changes, provider }), data.book)) pins[`${name} | ${provider} | ${c.other}`] = c.events;
  return pins;
}

describe('break-even pins', () => {
  const now = compute();
  if (process.env.UPDATE_PINS || !existsSync(FILE)) writeFileSync(FILE, JSON.stringify({ factsDigest: digest, pins: now }, null, 2) + '\n');
  const saved = JSON.parse(readFileSync(FILE, 'utf8')) as { factsDigest: string; pins: Record<string, number | null> };

  it('were made with today’s price facts (re-pin after a deliberate fact change)', () => {
    expect(saved.factsDigest, 'the price facts changed: re-pin with UPDATE_PINS=1 and check the moves are the facts’ doing').toBe(digest);
  });

  for (const [key, pinned] of Object.entries(saved.pins)) {
    it(`${key} stays within 2% of ${pinned === null ? 'none' : Math.round(pinned).toLocaleString('en-US')}`, () => {
      const value = now[key];
      if (pinned === null || value === null || value === undefined) expect(value).toBe(pinned);
      else expect(Math.abs(value / pinned - 1)).toBeLessThanOrEqual(0.02);
    });
  }
});
