/**
 * The named-platforms catalogue: every fact exists, every cloud provider
 * has an option of every kind, nothing closed to new customers is offered as
 * a current choice, one provider can be put first (or your own data centre
 * alone), and the hardware groups go exactly where the quiz's rules lead.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CLOUD_PROVIDERS,
  OUTCOME_KINDS,
  PLATFORMS,
  PROVIDER_ORDER,
  catalogFactIds,
  limitShow,
} from '../../src/platforms/catalog';
import { HARDWARE_NEEDS, hardwareFor, optionsMeeting, outcomesForNeed } from '../../src/platforms/hardware';
import { platformView } from '../../src/platforms/views';
import { OUTCOME_ORDER } from '../../src/quiz/outcomes';
import { evaluate } from '../../src/quiz/evaluate';
import { concreteOptions } from '../../src/quiz/questions';
import { figuresIn } from '../../src/lib/figures';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { requireDist } from '../support/dist';
import { platformsPath } from '../../src/components/platforms/platform-paths.ts';

const FACTS = fileURLToPath(new URL('../../content/facts/', import.meta.url));
const fact = (id: string): { value?: unknown; claim: string } => JSON.parse(readFileSync(`${FACTS}${id}.json`, 'utf8'));

describe('platform catalogue', () => {
  it('names only facts that exist in the registry', () => {
    const missing = catalogFactIds().filter((id) => !existsSync(`${FACTS}${id}.json`));
    expect(missing).toEqual([]);
  });

  it('shows a figure only where the fact has one (the other limits read as the fact’s sentence)', () => {
    const noValue = PLATFORMS.flatMap((p) => p.limits.filter((l) => limitShow(l) === 'value' && fact(l.fact).value === undefined).map((l) => `${p.id}: ${l.fact}`));
    expect(noValue).toEqual([]);
  });

  it('has unique option ids, and no summary types a figure (figures are limits from the registry)', () => {
    expect(new Set(PLATFORMS.map((p) => p.id)).size).toBe(PLATFORMS.length);
    const typed = PLATFORMS.filter((p) => figuresIn(p.summary).length > 0).map((p) => p.id);
    expect(typed).toEqual([]);
  });

  for (const outcome of OUTCOME_ORDER) {
    it(`${outcome}: every cloud provider has a current option of every kind, in the fixed order`, () => {
      const { shown, folded } = platformView(outcome);
      expect(folded).toEqual([]);
      expect(shown.map((g) => g.provider)).toEqual(PROVIDER_ORDER.filter((p) => shown.some((g) => g.provider === p)));
      for (const provider of CLOUD_PROVIDERS) {
        const kinds = new Set(shown.find((g) => g.provider === provider)?.options.map((o) => o.kind));
        for (const kind of OUTCOME_KINDS[outcome].kinds) expect(kinds.has(kind), `${provider} ${kind}`).toBe(true);
      }
    });
  }

  it('never offers an option closed to new customers as a current choice (App Runner)', () => {
    const closed = PLATFORMS.filter((p) => p.closedToNew);
    expect(closed.map((p) => p.id)).toContain('aws-app-runner');
    for (const p of closed) expect(fact(p.closedToNew!).claim).toMatch(/closed to new customers/);
    for (const outcome of OUTCOME_ORDER) {
      for (const provider of [undefined, ...PROVIDER_ORDER]) {
        const { shown, folded } = platformView(outcome, provider);
        const offered = [...shown, ...folded].flatMap((g) => g.options);
        expect(offered.filter((o) => o.closedToNew), `${outcome} ${provider ?? 'all'}`).toEqual([]);
        for (const need of HARDWARE_NEEDS) expect(optionsMeeting(need, outcome).filter((o) => o.closedToNew)).toEqual([]);
      }
    }
    // Still named, as a note, where its kind is listed.
    expect(platformView('managed').shown.find((g) => g.provider === 'aws')?.closed.map((o) => o.id)).toEqual(['aws-app-runner']);
  });

  describe('one provider first', () => {
    for (const provider of CLOUD_PROVIDERS) {
      it(`${provider}: its options lead, the other providers are folded, nothing is lost or repeated`, () => {
        for (const outcome of OUTCOME_ORDER) {
          const all = platformView(outcome);
          const { shown, folded } = platformView(outcome, provider);
          expect(shown.map((g) => g.provider)).toEqual([provider]);
          expect(folded.map((g) => g.provider)).toEqual(all.shown.map((g) => g.provider).filter((p) => p !== provider));
          const ids = (gs: typeof shown) => gs.flatMap((g) => g.options.map((o) => o.id));
          expect([...ids(shown), ...ids(folded)].sort()).toEqual(ids(all.shown).sort());
        }
      });
    }

    it('own data centre: only options for your own hardware are shown; every public cloud is folded', () => {
      for (const outcome of OUTCOME_ORDER) {
        const { shown, folded } = platformView(outcome, 'own');
        expect(shown.map((g) => g.provider)).toEqual(['own']);
        expect(shown.flatMap((g) => g.options).every((o) => o.provider === 'own')).toBe(true);
        expect(folded.every((g) => g.provider !== 'own')).toBe(true);
      }
      // No provider runs a managed platform in your data centre: the group is empty, and the page says why.
      expect(platformView('managed', 'own').shown[0]?.options).toEqual([]);
      expect(platformView('servers', 'own').shown[0]?.options.map((o) => o.kind)).toEqual(['vms', 'kubernetes']);
    });
  });

  describe('special hardware', () => {
    it('has a group for every hardware answer that can rule functions out, and none for ordinary hardware', () => {
      expect([...HARDWARE_NEEDS].sort()).toEqual(concreteOptions('hardware').map((o) => o.value).filter((v) => v !== 'standard').sort());
    });

    it('reads where each hardware answer leads from the quiz: the outcomes evaluate() reaches with it, over every goal, team and cloud', () => {
      const base = { goal: 'both', location: 'cloud', arrival: 'per-event', duration: 'short', state: 'stateless', traffic: 'spiky', latency: 'tolerant' } as const;
      const clouds = concreteOptions('cloud').map((o) => o.value as 'aws');
      for (const need of HARDWARE_NEEDS) {
        const reached = new Set(
          clouds.flatMap((cloud) =>
            (['little', 'some', 'platform'] as const).flatMap((team) =>
              (['operations', 'cost', 'both'] as const).map((goal) => evaluate({ ...base, goal, team, cloud, hardware: need }).outcome),
            ),
          ),
        );
        expect([...reached].sort(), need).toEqual([...outcomesForNeed(need)].sort());
        for (const outcome of OUTCOME_ORDER) {
          const { groups, elsewhere } = hardwareFor(outcome);
          expect(groups.some((g) => g.need === need), `${need} on ${outcome}`).toBe(reached.has(outcome));
          expect(elsewhere.some((e) => e.need === need), `${need} elsewhere from ${outcome}`).toBe(!reached.has(outcome));
        }
      }
    });

    it('has options for every need on every outcome the quiz can reach with it', () => {
      const gaps = HARDWARE_NEEDS.flatMap((need) => outcomesForNeed(need).filter((o) => optionsMeeting(need, o).length === 0).map((o) => `${need} on ${o}`));
      expect(gaps).toEqual([]);
    });

    it('names GPU options from every cloud provider on managed and servers, each citing a GPU fact', () => {
      for (const outcome of ['managed', 'servers'] as const) {
        const gpu = hardwareFor(outcome).groups.find((g) => g.need === 'accelerator');
        for (const provider of CLOUD_PROVIDERS) {
          const options = gpu?.options.filter((o) => o.provider === provider) ?? [];
          expect(options.length, `${outcome} ${provider}`).toBeGreaterThan(0);
          expect(options.some((o) => o.limits.some((l) => l.topic === 'gpu')), `${outcome} ${provider} GPU fact`).toBe(true);
        }
      }
    });

    it('sends a need that rules an outcome out to the outcomes that remain for it', () => {
      for (const outcome of OUTCOME_ORDER) {
        for (const e of hardwareFor(outcome).elsewhere) {
          expect(e.outcomes).not.toContain(outcome);
          expect(e.outcomes.every((o) => outcomesForNeed(e.need).includes(o))).toBe(true);
          expect(e.outcomes.length, `${e.need} from ${outcome}`).toBeGreaterThan(0);
        }
      }
    });
  });
});

describe('platform pages in the build', () => {
  const dist = requireDist();
  const canonical = (path: string): string | undefined =>
    parse(readFileSync(join(dist, path, 'index.html'), 'utf8')).querySelector('link[rel="canonical"]')?.getAttribute('href');
  it('a provider view names the page for every provider as its canonical URL; that page names itself', () => {
    for (const outcome of OUTCOME_ORDER) {
      const all = platformsPath(outcome);
      expect(canonical(all)).toMatch(new RegExp(`${all}$`));
      for (const provider of PROVIDER_ORDER) expect(canonical(platformsPath(outcome, provider)), `${outcome} on ${provider}`).toMatch(new RegExp(`${all}$`));
    }
  });
});
