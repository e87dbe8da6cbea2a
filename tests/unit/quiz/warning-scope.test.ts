/**
 * Warnings whose antipattern exists only where the work runs as functions
 * say so on a result that recommends something else (WarningDef.functionsOnly):
 * a team told to run on servers is not told its design has a function's
 * flaw. Warnings that hold on any platform are said as they are.
 */
import { describe, expect, it } from 'vitest';
import { concernsOnlyFunctions, decide, WARNING_RULES } from '../../../src/quiz/index.ts';
import { warningClause } from '../../../src/records/index.ts';
import { completeAnswers } from '../../support/complete-answers';
import { recordFor } from '../records/fixtures';

// A stream-fed payments chain on AWS with its own data layer and a platform team: conventional servers.
const PAYMENTS = completeAnswers({
  goal: 'cost', location: 'cloud', hardware: 'standard', cloud: 'aws', arrival: 'stream', duration: 'short', workflow: 'chain',
  state: 'own-data-layer', volume: 'hundreds-of-millions', runtime: 'seconds', memory: 'moderate', team: 'platform',
}).answers;

describe('warnings that concern only functions', () => {
  it('are marked on the warning records of the antipatterns that exist only in functions', () => {
    const only = WARNING_RULES.filter((w) => w.functionsOnly).map((w) => w.id);
    expect(only).toContain('synchronous-chain');
    expect(only).toContain('data-layer-you-run');
    for (const anyPlatform of ['stream-semantics', 'retry-storm', 'exactly-once-assumed', 'bill-not-compute', 'timeouts-do-not-nest', 'flying-blind']) {
      expect(only, anyPlatform).not.toContain(anyPlatform);
    }
  });

  it('say so on a result for servers, and only for those warnings', () => {
    const d = decide(PAYMENTS);
    expect(d.outcome).toBe('servers');
    const scoped = d.warnings.filter((w) => concernsOnlyFunctions(d.outcome, w)).map((w) => w.id);
    expect(scoped).toEqual(expect.arrayContaining(['synchronous-chain', 'data-layer-you-run']));
    expect(scoped).not.toContain('stream-semantics');
    expect(d.warnings.map((w) => w.id)).toContain('stream-semantics');
  });

  it('are said plainly on a result for functions', () => {
    const d = decide({ ...PAYMENTS, state: 'managed-data', team: 'little', goal: 'operations' });
    expect(d.outcome).toBe('serverless');
    expect(d.warnings.some((w) => w.functionsOnly)).toBe(true);
    expect(d.warnings.filter((w) => concernsOnlyFunctions(d.outcome, w))).toEqual([]);
  });

  it('keep the qualifier in the decision record', () => {
    // The fixtures' labels name each article "Title of <slug>".
    const clauses = recordFor(PAYMENTS).warnings.map(warningClause);
    expect(clauses.find((c) => c.includes('synchronous-function-chains'))).toMatch(/^for any part built as functions, the answers point at/);
    expect(clauses.find((c) => c.includes('stream-processing-without-its-semantics'))).toMatch(/^the answers point at/);
  });
});
