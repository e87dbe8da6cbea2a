/**
 * MADR 4.0 output, read by the ADR plugin's own parser
 * (@backstage/plugin-adr-common: parseMadrWithFrontmatter, madrFilePathFilter)
 * and by a CommonMark parser for its section structure.
 */
import { describe, expect, it } from 'vitest';
import { madrFilePathFilter, parseMadrWithFrontmatter } from '@backstage/plugin-adr-common';
import { toMadr, recordFileName, recordTitle, NEAR_LIMIT_SHARE, continuing } from '../../../src/records/index.ts';
import { OUTCOMES, OUTCOME_ORDER } from '../../../src/quiz/index.ts';
import { BUSY_SERVERLESS, COST, PACKAGE_VERSION, SITE, TIMEOUT_FACT, recordFor, recordForOutcome } from './fixtures.ts';
import { structure } from './markdown-structure.ts';

/** The section order of MADR 4.0's template (adr/madr, template/adr-template.md). */
const MADR_SECTIONS = [
  'h2 Context and Problem Statement',
  'h2 Decision Drivers',
  'h2 Considered Options',
  'h2 Decision Outcome',
  'h3 Consequences',
  'h3 Confirmation',
  'h2 Pros and Cons of the Options',
  ...OUTCOME_ORDER.map((o) => `h3 ${OUTCOMES[o].name}`),
  'h2 More Information',
];

describe('MADR 4.0 record', () => {
  const input = recordFor(BUSY_SERVERLESS);
  const text = toMadr(input);

  it('front matter as the ADR plugin reads it: status proposed, the date, the team fields left empty', () => {
    const parsed = parseMadrWithFrontmatter(text);
    expect(parsed.status).toBe('proposed');
    expect(parsed.date).toBe('2026-11-27');
    expect(parsed.attributes).toMatchObject({ 'decision-makers': [], consulted: [], informed: [] });
    expect(parsed.content.trimStart()).toMatch(/^# Run Checkout API on serverless functions\n/);
  });

  it('has the template’s sections, in its order, under one title', () => {
    const { headings } = structure(parseMadrWithFrontmatter(text).content);
    expect(headings).toEqual(['h1 Run Checkout API on serverless functions', ...MADR_SECTIONS]);
  });

  it('names the chosen option in the template’s words, and lists all three options', () => {
    expect(text).toMatch(new RegExp(`^Chosen option: "${OUTCOMES.serverless.name}", because .+\\.$`, 'm'));
    const considered = text.split('## Considered Options')[1]!.split('## Decision Outcome')[0]!;
    for (const o of OUTCOME_ORDER) expect(considered).toContain(`* ${OUTCOMES[o].name}`);
  });

  it('drivers are the answers that mattered; consequences are Good/Bad, because', () => {
    const drivers = text.split('## Decision Drivers')[1]!.split('## Considered Options')[0]!;
    for (const t of input.trace.filter((l) => l.effect === 'caveat')) expect(drivers).toContain(t.answer);
    const consequences = text.split('### Consequences')[1]!.split('### Confirmation')[0]!;
    expect(consequences).toMatch(/^\* Good, because /m);
    expect(consequences).toMatch(/^\* Bad, because /m);
    for (const w of input.warnings) expect(consequences).toContain(w.title);
  });

  it('confirmation: the run-time trigger derives from the facts registry', () => {
    const confirmation = text.split('### Confirmation')[1]!.split('## Pros and Cons')[0]!;
    const near = Math.round(TIMEOUT_FACT.value * NEAR_LIMIT_SHARE * 10) / 10;
    expect(TIMEOUT_FACT.unit).toBe('minutes');
    expect(confirmation).toContain(`passes ${near} minutes`);
    expect(confirmation).toContain(`${TIMEOUT_FACT.value} minutes at which ${TIMEOUT_FACT.product} stops an invocation`);
    expect(confirmation).toContain(`checked ${TIMEOUT_FACT.checked}`);
    // Without a cost estimate the record says so instead of inventing numbers.
    expect(confirmation).toContain('no cost estimate was attached');
    expect(confirmation).not.toMatch(/USD|requests per second/);
  });

  it('confirmation: with a cost estimate, load and bill triggers carry its numbers', () => {
    const withCost = toMadr(recordFor(BUSY_SERVERLESS, 'Checkout API', COST));
    expect(withCost).toContain('re-decide when load stays above 37 requests per second');
    expect(withCost).toContain('passes 825 USD a month, twice the estimate (the estimate is 413 USD, for 30 million requests a month, 300 ms, 512 MB)');
    const managed = toMadr(recordForOutcome('managed', 'Reports', { ...COST, breakEvenPerSecond: 4.25 }));
    expect(managed).toContain('re-decide when load stays below 4.3 requests per second');
  });

  it('more information: the result link, guide sections, the package version, facts’ checked dates', () => {
    const more = text.split('## More Information')[1]!;
    expect(more).toContain(`(${input.resultUrl})`);
    for (const s of input.sections) expect(more).toContain(s.url);
    expect(more).toContain(`version ${PACKAGE_VERSION}`);
    expect(more).toContain(`checked ${TIMEOUT_FACT.checked}`);
    for (const link of structure(text).links) expect(link).toMatch(/^https:\/\//);
    expect(structure(text).links.filter((l) => !l.startsWith(SITE))).toEqual([TIMEOUT_FACT.source.url]);
  });

  it('pros and cons: an option that an answer ruled out says which answer', () => {
    const servers = recordForOutcome('servers');
    const md = toMadr(servers);
    const serverlessPros = md.split(`### ${OUTCOMES.serverless.name}`)[1]!.split(`### ${OUTCOMES.managed.name}`)[0]!;
    const ruling = servers.trace.filter((t) => t.against.includes('serverless'));
    expect(ruling.length).toBeGreaterThan(0);
    // The rule's sentence continues "Bad, because" in lower case (prose.test.ts holds every record to that).
    for (const t of ruling) expect(serverlessPros).toContain(`Bad, because ${continuing(t.explanation).replace(/\.$/, '').replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `\\${c}`)} (“${t.question}”: “${t.answer}”).`);
  });

  it('every outcome yields a record with the same structure', () => {
    for (const outcome of OUTCOME_ORDER) {
      const md = toMadr(recordForOutcome(outcome, 'Billing'));
      const parsed = parseMadrWithFrontmatter(md);
      expect(parsed.status).toBe('proposed');
      expect(structure(parsed.content).headings.slice(1)).toEqual(MADR_SECTIONS);
      expect(md).toContain(`Chosen option: "${OUTCOMES[outcome].name}"`);
    }
  });

  it('its file name passes the ADR plugin’s MADR file filter', () => {
    const name = recordFileName(1, recordTitle(input));
    expect(name).toBe('0001-run-checkout-api-on-serverless-functions.md');
    expect(madrFilePathFilter(name)).toBe(true);
    expect(madrFilePathFilter(`docs/decisions/${recordFileName(42, recordTitle(input))}`)).toBe(true);
  });
});
