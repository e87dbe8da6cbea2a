/** The named-platforms catalogue: every fact exists, no provider is left out, flags pick the right limits. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  OUTCOME_KINDS,
  PLATFORMS,
  PROVIDER_ORDER,
  catalogFactIds,
  HARDWARE_FITS,
  differences,
  hardwareFitsFor,
  optionsFor,
  relevantLimits,
} from '../../src/platforms/catalog';
import { OUTCOME_ORDER } from '../../src/quiz/outcomes';
import { evaluate } from '../../src/quiz/evaluate';
import { concreteOptions } from '../../src/quiz/questions';

const FACTS = fileURLToPath(new URL('../../content/facts/', import.meta.url));

describe('platform catalogue', () => {
  it('names only facts that exist in the registry', () => {
    const missing = catalogFactIds().filter((id) => !existsSync(`${FACTS}${id}.json`));
    expect(missing).toEqual([]);
  });

  it('has unique option ids', () => {
    expect(new Set(PLATFORMS.map((p) => p.id)).size).toBe(PLATFORMS.length);
  });

  for (const outcome of OUTCOME_ORDER) {
    it(`${outcome}: every cloud provider has an option of every kind, in the fixed order`, () => {
      const groups = optionsFor(outcome);
      expect(groups.map((g) => g.provider)).toEqual(PROVIDER_ORDER.filter((p) => groups.some((g) => g.provider === p)));
      for (const provider of ['aws', 'azure', 'google-cloud'] as const) {
        const kinds = new Set(groups.find((g) => g.provider === provider)?.options.map((o) => o.kind));
        for (const kind of OUTCOME_KINDS[outcome].kinds) expect(kinds.has(kind), `${provider} ${kind}`).toBe(true);
      }
    });
  }

  it('shows every limit without flags, and only the flagged topics plus status with flags', () => {
    const cloudRun = PLATFORMS.find((p) => p.id === 'google-cloud-run')!;
    expect(relevantLimits(cloudRun)).toHaveLength(cloudRun.limits.length);
    expect(relevantLimits(cloudRun, ['needs-gpu']).map((l) => l.fact)).toEqual(['google-cloud-run-gpu']);
    expect(relevantLimits(cloudRun, ['long-running']).map((l) => l.topic)).toEqual(['timeout', 'timeout']);
    const appRunner = PLATFORMS.find((p) => p.id === 'aws-app-runner')!;
    expect(relevantLimits(appRunner, ['needs-gpu']).map((l) => l.topic)).toEqual(['status']);
  });

  it('says where the functions differ on run length across providers', () => {
    const timeout = differences('serverless').find((d) => d.topic === 'timeout');
    expect(timeout?.entries.map((e) => e.limit.fact)).toEqual([
      'aws-lambda-timeout-max',
      'azure-functions-timeout-flex-consumption',
      'google-cloud-run-functions-timeout-http',
    ]);
    // With only a GPU flag, no figure comparison is asked for.
    expect(differences('serverless', ['needs-gpu'])).toEqual([]);
  });

  describe('special hardware', () => {
    it('has a group for every hardware answer that rules functions out, and none for ordinary hardware', () => {
      const needs = HARDWARE_FITS.map((f) => f.need).sort();
      expect(needs).toEqual(concreteOptions('hardware').map((o) => o.value).filter((v) => v !== 'standard').sort());
    });

    it('shows each group on exactly the outcomes the quiz can reach with that answer', () => {
      const base = { goal: 'both', location: 'cloud', arrival: 'per-event', duration: 'short', state: 'stateless', traffic: 'spiky', latency: 'tolerant' } as const;
      for (const fit of HARDWARE_FITS) {
        const reached = new Set(
          (['little', 'some', 'platform'] as const).flatMap((team) =>
            (['operations', 'cost', 'both'] as const).map((goal) => evaluate({ ...base, goal, team, hardware: fit.need }).outcome),
          ),
        );
        expect([...reached].sort(), fit.need).toEqual(Object.keys(fit.outcomes).sort());
      }
    });

    it('names GPU options from every cloud provider, each with a GPU fact from the registry', () => {
      for (const outcome of ['managed', 'servers'] as const) {
        const gpu = hardwareFitsFor(outcome).find((g) => g.fit.need === 'accelerator');
        const providers = new Set(gpu?.rows.map((r) => r.option.provider));
        for (const provider of ['aws', 'azure', 'google-cloud'] as const) expect(providers.has(provider), `${outcome} ${provider}`).toBe(true);
        const withFact = new Set(gpu?.rows.filter((r) => r.limits.some((l) => l.topic === 'gpu')).map((r) => r.option.provider));
        expect(withFact.has('aws') && withFact.has('azure') && withFact.has('google-cloud'), outcome).toBe(true);
      }
      expect(hardwareFitsFor('serverless')).toEqual([]);
    });

    it('never repeats a fact inside one group, and lists options in provider order', () => {
      for (const outcome of OUTCOME_ORDER) {
        for (const g of hardwareFitsFor(outcome)) {
          const facts = g.rows.flatMap((r) => r.limits.map((l) => l.fact));
          expect(new Set(facts).size).toBe(facts.length);
          const order = g.rows.map((r) => PROVIDER_ORDER.indexOf(r.option.provider));
          expect(order).toEqual([...order].sort((a, b) => a - b));
          for (const r of g.rows) expect(PLATFORMS).toContain(r.option);
        }
      }
    });
  });
});
