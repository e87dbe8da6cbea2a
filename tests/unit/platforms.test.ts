/** The named-platforms catalogue: every fact exists, no provider is left out, flags pick the right limits. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  OUTCOME_KINDS,
  PLATFORMS,
  PROVIDER_ORDER,
  catalogFactIds,
  differences,
  optionsFor,
  relevantLimits,
} from '../../src/platforms/catalog';
import { OUTCOME_ORDER } from '../../src/quiz/outcomes';

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
});
