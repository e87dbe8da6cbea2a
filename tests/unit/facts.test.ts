/**
 * The facts registry: every entry is valid and named by convention, every
 * <Fact id> names an entry, staleness follows the 12-month rule against a
 * pinned build date, and the built pages show each fact's checked date
 * (with the "may be out of date" badge exactly where the rule says).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { factProviderSchema, factSchema } from '../../src/content/fact-schema';
import { ageInDays, buildDate, factIdsIn, isStale, staleFrom } from '../../src/lib/facts';
import { factFiles, mdxFiles } from '../support/content-files';
import { DIST_DIR, requireDist } from '../support/dist';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('facts registry entries', () => {
  const files = factFiles();

  it('has the core facts other pages rely on', () => {
    const ids = files.map((f) => f.id);
    for (const id of [
      'aws-lambda-timeout-max', 'aws-lambda-memory-max', 'aws-lambda-concurrency-default', 'aws-lambda-payload-sync',
      'aws-lambda-payload-async', 'aws-lambda-price-requests', 'aws-lambda-price-gb-second', 'aws-lambda-free-requests',
      'aws-lambda-free-gb-seconds', 'google-cloud-run-functions-timeout-http', 'google-cloud-run-functions-timeout-event',
    ]) expect(ids).toContain(id);
  });

  for (const file of files) {
    it(`${file.path} is valid, checked on a real day, and named <provider>-<product>-<topic>`, () => {
      const result = factSchema.safeParse(file.data);
      const issues = result.success ? [] : result.error.issues.map((i) => `${file.path}: ${i.path.join('.')}: ${i.message}`);
      expect(issues).toEqual([]);
      expect(file.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+){2,}$/);
      if (result.success) {
        // A check cannot happen after the build: a future date is a typo or an invention.
        expect(result.data.checked.getTime(), `${file.path}: checked is in the future`).toBeLessThanOrEqual(buildDate().getTime());
        expect(file.id.startsWith(`${result.data.provider}-`) || factProviderSchema.options.some((p) => file.id.startsWith(`${p}-`))).toBe(true);
      }
    });
  }

  it('a bad entry is reported by field', () => {
    const bad = factSchema.safeParse({ claim: 'Lambda runs for at most 15 minutes.', value: 14, unit: 'minutes', provider: 'aws', product: 'AWS Lambda', source: { title: 'x', url: 'not a url', publisher: 'AWS' }, checked: 'someday' });
    expect(bad.success).toBe(false);
    const paths = bad.success ? [] : bad.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['source.title', 'source.url', 'checked']));
    const drift = factSchema.safeParse({ claim: 'Lambda runs for at most 15 minutes.', value: 14, unit: 'minutes', provider: 'aws', product: 'AWS Lambda', source: { title: 'Lambda quotas', url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html', publisher: 'AWS' }, checked: '2026-11-27' });
    expect(drift.success ? [] : drift.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['claim: claim must contain the value as displayed ("14 minutes"); set "display" if it reads differently']);
  });

  it('every <Fact id> in content names an entry', () => {
    const known = new Set(files.map((f) => f.id));
    const missing = mdxFiles().flatMap((f) => factIdsIn(f.text).filter((id) => !known.has(id)).map((id) => `${f.path}: ${id}`));
    expect(missing).toEqual([]);
  });

  it('only the id form of <Fact> is used', () => {
    const legacy = mdxFiles().filter((f) => /<Fact\s+source=/.test(f.text)).map((f) => f.path);
    expect(legacy).toEqual([]);
  });
});

describe('staleness rule', () => {
  it('BUILD_DATE pins the build date and rejects what is not a date', () => {
    expect(buildDate('2026-11-27').toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(buildDate(undefined, new Date('2027-03-04T22:10:00Z')).toISOString()).toBe('2027-03-04T00:00:00.000Z');
    expect(() => buildDate('2026-02-30')).toThrow(/BUILD_DATE="2026-02-30" is not a calendar date/);
    expect(() => buildDate('27/11/2026')).toThrow(/YYYY-MM-DD/);
  });

  it('a fact is stale only when checked more than 12 months before the build', () => {
    const checked = day('2026-11-27');
    expect(isStale(checked, day('2026-11-27'))).toBe(false);
    expect(isStale(checked, day('2027-11-27'))).toBe(false); // exactly 12 months: still fresh
    expect(isStale(checked, day('2027-11-28'))).toBe(true);
    expect(staleFrom(day('2024-02-29')).toISOString().slice(0, 10)).toBe('2025-02-28');
    expect(ageInDays(checked, day('2027-11-28'))).toBe(366);
  });

  it('factIdsIn ignores code blocks and keeps first-use order', () => {
    const mdx = '<Fact id="b" /> text <Fact id="a" show="value" />\n```mdx\n<Fact id="c" />\n```\n<Fact id="b" />';
    expect(factIdsIn(mdx)).toEqual(['b', 'a']);
  });
});

describe('facts on the built pages', () => {
  const build = buildDate();
  for (const page of ['antipatterns/batch-jobs-on-a-timer', 'antipatterns/database-dependency', 'antipatterns/on-premises-serverless', 'fit', 'goals']) {
    it(`/${page}/ shows a checked date on every fact, and the badge exactly where stale`, () => {
      requireDist();
      const root = parse(readFileSync(join(DIST_DIR, page, 'index.html'), 'utf8'));
      const facts = root.querySelectorAll('.fact');
      expect(facts.length).toBeGreaterThan(0);
      for (const fact of facts) {
        const time = fact.querySelector('cite time');
        expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const stale = isStale(day(time!.getAttribute('datetime')!), build);
        expect(fact.querySelector('.fact-stale')?.text ?? null).toBe(stale ? 'may be out of date' : null);
        expect(fact.getAttribute('data-stale') ?? null).toBe(stale ? 'true' : null);
      }
    });
  }
});
