/**
 * The facts registry: every entry is valid and named by convention, every
 * <Fact id> names an entry, a display shows its value, staleness follows the
 * 12-month rule against a pinned build date, an unverified fact (no current
 * copy of its source compared) is shown as such with no date anywhere, and
 * the built pages show each checked fact's date (with the "may be out of
 * date" badge exactly where the rule says).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { displayRendersValue, factDisplay } from '../../src/content/fact-display';
import { factProviderSchema, factSchema } from '../../src/content/fact-schema';
import { citedFact } from '../../src/lib/cited-fact';
import { ageInDays, buildDate, FACT_BADGE_TEXT, factBadge, factCheck, isStale, staleFrom } from '../../src/lib/facts';
import { factIdsIn } from '../../src/lib/page-facts';
import { pageSources } from '../../src/lib/page-sources';
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
    it(`${file.path} is valid, checked (or last seen) on a real day, and named <provider>-<product>-<topic>`, () => {
      const result = factSchema.safeParse(file.data);
      const issues = result.success ? [] : result.error.issues.map((i) => `${file.path}: ${i.path.join('.')}: ${i.message}`);
      expect(issues).toEqual([]);
      expect(file.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+){2,}$/);
      if (result.success) {
        // A reading cannot happen after the build: a future date is a typo or an invention.
        const day = result.data.checked ?? result.data.unverified?.lastSeen;
        expect(day?.getTime(), `${file.path}: checked or lastSeen is in the future`).toBeLessThanOrEqual(buildDate().getTime());
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

  it('a fact is either checked or unverified with a reason, never both or neither', () => {
    const base = { claim: 'Lambda runs for at most 15 minutes.', value: 15, unit: 'minutes', provider: 'aws', product: 'AWS Lambda', source: { title: 'Lambda quotas', url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html', publisher: 'AWS' } };
    const unverified = { lastSeen: '2026-11-27', why: 'Only a pre-2024 copy of the quotas page could be read.' };
    const issues = (data: object) => {
      const r = factSchema.safeParse(data);
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(issues({ ...base, checked: '2026-12-03' })).toEqual([]);
    expect(issues({ ...base, unverified })).toEqual([]);
    expect(issues(base)).toEqual(['checked']);
    expect(issues({ ...base, checked: '2026-12-03', unverified })).toEqual(['unverified']);
    expect(issues({ ...base, unverified: { lastSeen: '2026-11-27', why: 'old' } })).toEqual(['unverified.why']);
    expect(issues({ ...base, unverified: { why: unverified.why } })).toEqual(['unverified.lastSeen']);
    expect(issues({ ...base, unverified: { ...unverified, checked: '2026-12-03' } })).toEqual(['unverified']);
    const parsed = factSchema.parse({ ...base, unverified });
    expect(parsed.checked).toBeUndefined();
    expect(parsed.unverified?.lastSeen.toISOString().slice(0, 10)).toBe('2026-11-27');
  });

  it('a table is in ascending order and holds the value as one of its rows', () => {
    const base = { claim: 'A 2,048 MiB function gets 1 vCPU.', value: 2048, unit: 'MiB', provider: 'google-cloud', product: 'Cloud Run functions', source: { title: 'Memory', url: 'https://cloud.google.com/functions/docs/configuring/memory', publisher: 'Google Cloud' }, checked: '2026-12-03' };
    const columns = ['memory (MiB)', 'vCPU'];
    expect(factSchema.safeParse({ ...base, table: { columns, rows: [[1024, 0.583], [2048, 1]] } }).success).toBe(true);
    const issues = (table: unknown, value = 2048) => {
      const r = factSchema.safeParse({ ...base, value, claim: `A ${value.toLocaleString('en-US')} MiB function gets 1 vCPU.`, table });
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(issues({ columns, rows: [[2048, 1], [1024, 0.583]] })).toEqual(['table.rows']);
    expect(issues({ columns, rows: [[1024, 0.583], [2048, 1]] }, 4096)).toEqual(['value']);
    expect(issues({ columns, rows: [[2048, 1]] })).toEqual(['table.rows']);
    expect(issues({ columns, rows: [[1024, 0.583], [2048, 1]], extra: true })).toEqual(['table']);
  });

  it('a display must show its value as the site writes it', () => {
    const shows: [number | string, string][] = [
      [1769, '1,769 MB'], [0.2, '$0.20 per million requests'], [1.667e-5, '$0.00001667 for every GB-second'], [1.8e-5, '$0.00001800 per vCPU-second'],
      [1000, 'between 2 and 1,000'], [0.025, '$0.025 per 1,000 state transitions'], [1, 'up to one year'], [0, 'default to zero'],
      [168, '168 hours (7 days)'], ['2025-08-01', '1 August 2025'], ['legacy', 'a legacy feature'], ['no maximum', 'no maximum is enforced'],
    ];
    for (const [value, display] of shows) expect(displayRendersValue(value, display), `${value} in "${display}"`).toBe(true);
    const misses: [number | string, string][] = [
      [1769, '1769 MB'], [1000, '10,000 requests'], [0.2, '$0.25 per million'], [1, '10 years'], [15, 'a quarter of an hour'], [16, 'sixteen times'],
      ['2025-08-01', '1 Aug 2025'], ['unbounded', 'no maximum is enforced'], ['unmaintained', 'no longer maintains Kubeless'], ['legacy', 'legacy-free'],
    ];
    for (const [value, display] of misses) expect(displayRendersValue(value, display), `${value} in "${display}"`).toBe(false);
    const drift = factSchema.safeParse({ claim: 'At 1,796 MB a function has one vCPU.', value: 1769, unit: 'MB', display: '1,796 MB', provider: 'aws', product: 'AWS Lambda', source: { title: 'Configure Lambda function memory', url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html', publisher: 'AWS' }, checked: '2026-12-03' });
    expect(drift.success ? [] : drift.error.issues.map((i) => i.path.join('.'))).toEqual(['display']);
  });

  it('every <Fact id> and every fact of a <Calc> in content names an entry', () => {
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

  it('factIdsIn reads the MDX tree: facts and the facts a <Calc> sum uses, not code, in first-use order', () => {
    const mdx = '<Fact id="b" /> text <Fact id="a" show="value" />\n```mdx\n<Fact id="c" />\n```\n`<Fact id="d" />` <Calc of="2 × e-price + 3 × b" />\n\n<Scenario title="s">\n<Fact id="f" />\n</Scenario>\n';
    expect(factIdsIn(mdx)).toEqual(['b', 'a', 'e-price', 'f']);
  });
});

describe('unverified facts', () => {
  const source = (url: string) => ({ title: 'A page', url, publisher: 'AWS' });
  const why = 'Only a pre-2024 copy of this page could be read.';

  it('get the unverified badge at any build date, and checked facts the stale badge only when old', () => {
    const unverified = factCheck({ unverified: { why } });
    expect(unverified).toEqual({ kind: 'unverified', why });
    expect([factBadge(unverified, day('2026-12-03')), factBadge(unverified, day('2031-01-01'))]).toEqual(['unverified', 'unverified']);
    const checked = factCheck({ checked: day('2026-12-03') });
    expect([factBadge(checked, day('2026-12-03')), factBadge(checked, day('2027-12-04'))]).toEqual([undefined, 'stale']);
    expect(() => factCheck({})).toThrow(/neither/);
  });

  it('lend a Sources line their reason and no date', () => {
    const lines = pageSources([], [
      { source: source('https://a.example/x'), checked: day('2026-12-01'), unverified: undefined },
      { source: source('https://a.example/x#part'), checked: undefined, unverified: { lastSeen: day('2026-11-27'), why } },
      { source: source('https://b.example/y'), checked: undefined, unverified: { lastSeen: day('2026-11-27'), why } },
      { source: source('https://c.example/z'), checked: day('2026-12-02'), unverified: undefined },
    ]);
    expect(lines.map((l) => [l.url, l.date?.toISOString().slice(0, 10), l.unverified])).toEqual([
      ['https://a.example/x', '2026-12-01', why],
      ['https://b.example/y', undefined, why],
      ['https://c.example/z', '2026-12-02', undefined],
    ]);
  });

  it('price the cost model with their reason and no date; a checked fact carries its day', () => {
    const fact = { claim: 'Lambda charges $0.20 per million requests.', value: 0.2, source: source('https://a.example/p') };
    const checked = citedFact('aws-lambda-price-requests', { ...fact, checked: '2026-12-03' });
    expect([checked?.checked, checked?.unverified]).toEqual(['2026-12-03', undefined]);
    const unverified = citedFact('aws-lambda-price-requests', { ...fact, unverified: { why } });
    expect([unverified?.value, unverified?.checked, unverified?.unverified]).toEqual([0.2, undefined, why]);
  });
});

/** The registry entry a built `.fact` shows: same source link, and its claim or display as the text. */
function entryFor(files: ReturnType<typeof factFiles>, href: string, text: string) {
  return files
    .map((f) => factSchema.parse(f.data))
    .find((f) => f.source.url === href && (text.startsWith(f.claim) || (factDisplay(f) !== '' && text.startsWith(factDisplay(f)))));
}

describe('facts on the built pages', () => {
  const build = buildDate();
  const files = factFiles();
  for (const page of ['antipatterns/batch-jobs-on-a-timer', 'antipatterns/database-dependency', 'antipatterns/on-premises-serverless', 'antipatterns/hand-built-orchestration', 'fit', 'goals']) {
    it(`/${page}/ shows each fact's checked date with the badge exactly where stale, and no date on an unverified fact`, () => {
      requireDist();
      const root = parse(readFileSync(join(DIST_DIR, page, 'index.html'), 'utf8'));
      const facts = root.querySelectorAll('.fact');
      expect(facts.length).toBeGreaterThan(0);
      for (const fact of facts) {
        const link = fact.querySelector('cite a')?.getAttribute('href') ?? '';
        const entry = entryFor(files, link, fact.text.trim());
        expect(entry, `no registry fact matches "${fact.text.slice(0, 60)}"`).toBeDefined();
        const time = fact.querySelector('cite time');
        if (entry!.unverified) {
          expect(time, 'an unverified fact shows no date').toBeNull();
          expect(fact.querySelector('.fact-unverified')?.text).toBe(FACT_BADGE_TEXT.unverified);
          expect(fact.getAttribute('data-unverified')).toBe('true');
          expect(fact.querySelector('.fact-stale')).toBeNull();
          continue;
        }
        expect(time?.getAttribute('datetime')).toBe(entry!.checked!.toISOString().slice(0, 10));
        const stale = isStale(entry!.checked!, build);
        expect(fact.querySelector('.fact-stale')?.text ?? null).toBe(stale ? FACT_BADGE_TEXT.stale : null);
        expect(fact.getAttribute('data-stale') ?? null).toBe(stale ? 'true' : null);
        expect(fact.querySelector('.fact-unverified')).toBeNull();
      }
    });
  }

  it('an unverified fact reaches a page, and that page\'s Sources give its reason and no date', () => {
    requireDist();
    const root = parse(readFileSync(join(DIST_DIR, 'antipatterns/hand-built-orchestration', 'index.html'), 'utf8'));
    expect(root.querySelectorAll('.fact[data-unverified="true"]').length).toBeGreaterThan(0);
    const entry = factSchema.parse(files.find((f) => f.id === 'azure-durable-functions-patterns')!.data);
    expect(entry.unverified, 'the test needs a fact on this page that is unverified').toBeDefined();
    const line = root.querySelectorAll('#sources ~ ul li, .page-sources li').find((li) => li.querySelector('a')?.getAttribute('href') === entry.source.url);
    expect(line?.querySelector('time') ?? null).toBeNull();
    expect(line?.text).toContain(`Not verified against a current version: ${entry.unverified!.why}`);
  });
});
