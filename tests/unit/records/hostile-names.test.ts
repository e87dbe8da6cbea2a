/**
 * Hostile workload names: the record's structure stays what the tools
 * expect, nothing becomes HTML, a link or a heading, and the file name stays
 * a valid, bounded ASCII kebab-case name.
 */
import { describe, expect, it } from 'vitest';
import { madrFilePathFilter, parseMadrWithFrontmatter } from '@backstage/plugin-adr-common';
import { toMadr, toNygard, recordFileName, recordTitle, cleanName, MAX_SLUG, FALLBACK_SLUG, slugify, recordNumber } from '../../../src/records/index.ts';
import { BUSY_SERVERLESS, HOSTILE_NAMES, SITE, TIMEOUT_FACT, recordFor } from './fixtures.ts';
import { adrToolsLists, adrToolsStatus, adrToolsTitle } from './adr-tools.ts';
import { structure } from './markdown-structure.ts';

const FILE_NAME = /^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
const reference = structure(parseMadrWithFrontmatter(toMadr(recordFor(BUSY_SERVERLESS, 'plain'))).content).headings.slice(1);
const referenceNygard = structure(toNygard(recordFor(BUSY_SERVERLESS, 'plain'))).headings.slice(1);
const referenceLinks = structure(toMadr(recordFor(BUSY_SERVERLESS, 'plain'))).links;

describe.each(HOSTILE_NAMES)('workload name: %s', (_label, name) => {
  const input = recordFor(BUSY_SERVERLESS, name);
  const madr = toMadr(input);
  const nygard = toNygard(input, 1);
  const shown = cleanName(name);

  it('MADR: front matter intact, same sections, the name only as text', () => {
    const parsed = parseMadrWithFrontmatter(madr);
    expect(parsed.status).toBe('proposed');
    expect(Object.keys(parsed.attributes).sort()).toEqual(['consulted', 'date', 'decision-makers', 'informed', 'status']);
    const s = structure(parsed.content);
    expect(s.headings.slice(1)).toEqual(reference);
    // Rendered, the title reads exactly as typed (cleaned): no markup took effect.
    expect(s.headings[0]).toBe(`h1 Run ${shown || 'this workload'} on serverless functions`);
    expect(s.html).toEqual([]);
    expect(s.images).toEqual([]);
    expect(s.links).toEqual(referenceLinks);
  });

  it('the title as rendered is the cleaned name, one line, bounded', () => {
    const title = structure(parseMadrWithFrontmatter(madr).content).headings[0]!;
    expect(title).toContain(shown || 'this workload');
    expect(title).not.toMatch(/[\n\r\u202A-\u202E\u2066-\u2069]/);
    expect([...shown].length).toBeLessThanOrEqual(80);
  });

  it('Nygard: adr-tools still reads status and title', () => {
    expect(adrToolsStatus(nygard)).toEqual(['Proposed']);
    expect(adrToolsTitle(nygard)).toMatch(/^1\. Run .* on serverless functions$/);
    expect(structure(nygard).headings.slice(1)).toEqual(referenceNygard);
    expect(structure(nygard).html).toEqual([]);
  });

  it('file name: ASCII kebab case, bounded, accepted by Backstage and adr-tools', () => {
    const file = recordFileName(1, recordTitle(input));
    expect(file).toMatch(FILE_NAME);
    expect(file.length).toBeLessThanOrEqual(4 + 1 + MAX_SLUG + 3);
    expect(madrFilePathFilter(file)).toBe(true);
    expect(adrToolsLists(file)).toBe(true);
  });
});

describe('file names', () => {
  it('drop accents, keep ASCII words, cut long names at a word', () => {
    expect(slugify('Café Größe — Ünïcode Æsir')).toBe('cafe-grosse-unicode-aesir');
    const long = slugify('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(long).toMatch(/^word(-word)*$/);
  });

  it('fall back to a fixed name when nothing ASCII is left', () => {
    expect(recordFileName(3, '🚀🔥')).toBe(`0003-${FALLBACK_SLUG}.md`);
    expect(recordFileName(3, '!!!')).toBe(`0003-${FALLBACK_SLUG}.md`);
    expect(recordFileName(3, '')).toBe(`0003-${FALLBACK_SLUG}.md`);
  });

  it('take a record number 0–9999; anything else becomes 0001', () => {
    expect(recordNumber(0)).toBe('0000');
    expect(recordNumber('42')).toBe('0042');
    expect(recordNumber(9999)).toBe('9999');
    for (const bad of [-1, 10000, 1.5, Number.NaN, '', 'abc', '12345', '1e3', ' 7 x']) expect(recordNumber(bad)).toBe('0001');
  });

  it('a right-to-left or emoji-only name still yields the title words', () => {
    expect(recordFileName(1, recordTitle(recordFor(BUSY_SERVERLESS, 'خدمة الدفع')))).toBe('0001-run-on-serverless-functions.md');
  });

  it('the facts link stays the only link off the site', () => {
    expect(referenceLinks.filter((l) => !l.startsWith(SITE))).toEqual([TIMEOUT_FACT.source.url]);
  });
});
