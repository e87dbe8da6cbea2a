/**
 * The assessment link (one URL for many workloads) and its combined record.
 * Answer codes are the quiz's own; the routes come from the machine.
 */
import { describe, expect, it } from 'vitest';
import { parseMadrWithFrontmatter } from '@backstage/plugin-adr-common';
import { applyReturn, assessmentHref, decodeAssessment, encodeAssessment, MAX_WORKLOADS, readEntry, workloadFrom } from '../../../src/assess/codec.ts';
import { linkHref, parseLink, problemSentences, RETURN_NOWHERE } from '../../../src/assess/link.ts';
import { quizLinkFor } from '../../../src/components/assess/quiz-link.ts';
import { encodeAnswers, pairsToAnswers, shortestPathTo, OUTCOMES, OUTCOME_ORDER, type OutcomeId } from '../../../src/quiz/index.ts';
import { toAssessmentMadr, overallPicture } from '../../../src/records/index.ts';
import { recordForOutcome, PACKAGE_VERSION } from './fixtures.ts';
import { structure } from './markdown-structure.ts';

const answersFor = (o: OutcomeId) => pairsToAnswers(shortestPathTo(o));
const codeFor = (o: OutcomeId) => encodeAnswers(answersFor(o));

describe('assessment link', () => {
  const workloads = [
    workloadFrom('Checkout API', answersFor('serverless')),
    workloadFrom('Nightly reports & exports', answersFor('managed')),
    workloadFrom('Video transcoding ~ GPU', answersFor('servers')),
    workloadFrom('Search', {}),
  ];

  it('round-trips names (any characters), answers, outcomes and the system name', () => {
    const query = encodeAssessment(workloads, 'Shop');
    const back = decodeAssessment(query);
    expect(back.problems).toEqual([]);
    expect(back.system).toBe('Shop');
    expect(back.workloads).toEqual(workloads);
    expect(back.workloads.map((w) => w.outcome)).toEqual(['serverless', 'managed', 'servers', null]);
    expect(assessmentHref(workloads)).toBe(`/assess/${encodeAssessment(workloads)}`);
  });

  it('an empty link is an empty assessment without complaints', () => {
    expect(decodeAssessment('')).toEqual({ system: '', workloads: [], freeTierOnce: false, problems: [] });
  });

  it('keeps what is valid and names what was dropped or cut short', () => {
    const query = new URLSearchParams([
      ['w', `Good~${codeFor('serverless')}`],
      ['w', 'Bad version~9.go'],
      ['w', `Cut short~${codeFor('managed').slice(0, -1)}`],
      ['w', 'Markup~<script>alert(1)</script>'],
      ['w', `~${codeFor('servers')}`],
      ['w', 'No answers yet~'],
      ['w', 'Legacy without separator'],
    ]).toString();
    const { workloads: got, problems } = decodeAssessment(`?${query}`);
    expect(got.map((w) => w.name)).toEqual(['Good', 'Bad version', 'Cut short', 'Markup', 'Workload 5', 'No answers yet', 'Legacy without separator']);
    expect(got.map((w) => w.outcome)).toEqual(['serverless', null, null, null, 'servers', null, null]);
    // The truncated code keeps the answers that could be read.
    expect(Object.keys(got[2]!.answers).length).toBeGreaterThan(0);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^“Bad version”: .*different version of the quiz/);
    expect(problems[1]).toMatch(/^“Cut short”: /);
    expect(problems[2]).toMatch(/^“Markup”: .*characters the quiz never uses/);
    expect(problems[3]).toMatch(/^“Workload 5”: it had no name/);
    for (const p of problems) expect(p).not.toContain('<script>');
  });

  it(`holds at most ${MAX_WORKLOADS} workloads and says how many were dropped`, () => {
    const many = Array.from({ length: MAX_WORKLOADS + 3 }, (_, i) => ['w', `W${i}~`]);
    const { workloads: got, problems } = decodeAssessment(`?${new URLSearchParams(many).toString()}`);
    expect(got).toHaveLength(MAX_WORKLOADS);
    expect(problems).toEqual([`An assessment holds at most ${MAX_WORKLOADS} workloads; the last 3 were dropped.`]);
    expect(decodeAssessment(encodeAssessment([...got, ...got])).workloads).toHaveLength(MAX_WORKLOADS);
  });

  it('cleans and bounds names, and says so', () => {
    const { workloads: got, problems } = decodeAssessment(`?${new URLSearchParams([['w', `${'x'.repeat(300)}\u202E~`]]).toString()}`);
    expect([...got[0]!.name].length).toBeLessThanOrEqual(80);
    expect(got[0]!.name).not.toContain('\u202E');
    expect(problems[0]).toMatch(/shortened or cleaned/);
  });

  it('answers coming back from the quiz land on their workload', () => {
    const base = decodeAssessment(encodeAssessment(workloads));
    const back = applyReturn(base, `?slot=3&a=${codeFor('managed')}`);
    expect(back.workloads[3]).toEqual(workloadFrom('Search', answersFor('managed')));
    expect(back.workloads.slice(0, 3)).toEqual(workloads.slice(0, 3));
    expect(back.problems).toEqual([]);
    const nowhere = applyReturn(base, `?slot=9&a=${codeFor('managed')}`);
    expect(nowhere.workloads).toEqual(base.workloads);
    expect(nowhere.problems).toEqual(['The answers from the quiz belong to a workload that is not in this assessment, so they were not added.']);
    const broken = applyReturn(base, '?slot=0&a=1.zz');
    expect(broken.workloads[0]!.outcome).toBeNull();
    expect(broken.problems[0]).toMatch(/^“Checkout API”: /);
  });
});

describe('combined decision record', () => {
  const outcomes: OutcomeId[] = ['serverless', 'serverless', 'managed', 'servers'];
  const workloads = [
    ...outcomes.map((o, i) => ({ name: `Workload ${String.fromCharCode(65 + i)}`, record: recordForOutcome(o, `Workload ${String.fromCharCode(65 + i)}`) })),
    { name: 'Not yet | *done*', record: null },
  ];
  const input = {
    system: 'Shop',
    workloads,
    options: OUTCOME_ORDER.map((key) => ({ key, name: OUTCOMES[key].name, description: OUTCOMES[key].description })),
    assessmentUrl: 'https://guide.example/assess/?w=A~',
    guideVersion: PACKAGE_VERSION,
    date: '2026-11-27',
    facts: [],
    freeTierOnce: false,
  };
  const text = toAssessmentMadr(input);

  it('states the overall picture', () => {
    expect(overallPicture(input)).toBe(
      '2 of 5 workloads fit serverless functions; 1 of 5 workloads fits managed services; 1 of 5 workloads needs conventional servers; 1 of 5 is not assessed yet.',
    );
    expect(text).toContain('2 of 5 workloads fit serverless functions');
  });

  it('is one MADR record with a section per workload, readable by the ADR plugin', () => {
    const parsed = parseMadrWithFrontmatter(text);
    expect(parsed.status).toBe('proposed');
    const h2 = structure(parsed.content).headings.filter((h) => h.startsWith('h2 '));
    expect(h2).toEqual([
      'h2 Context and Problem Statement',
      'h2 Considered Options',
      'h2 Decision Outcome',
      'h2 Workload 1: Workload A',
      'h2 Workload 2: Workload B',
      'h2 Workload 3: Workload C',
      'h2 Workload 4: Workload D',
      'h2 Workload 5: Not yet | *done*',
      'h2 More Information',
    ]);
    expect(structure(parsed.content).headings[0]).toBe('h1 Platforms for Shop: 5 workloads');
  });

  it('has one table row per workload, with a pipe in a name kept inside its cell', () => {
    const rows = text.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(2 + workloads.length);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(rows[0]!.split('|').length);
    expect(text).toContain(`| Workload C | ${OUTCOMES.managed.name} |`);
    expect(text).toContain('Not assessed yet: the quiz has not been finished for this workload.');
  });

  it('links the restoring assessment URL and each result', () => {
    const links = structure(text).links;
    expect(links).toContain(input.assessmentUrl);
    for (const w of workloads) if (w.record) expect(links).toContain(w.record.resultUrl);
  });
});

describe('the link as the page reads it at startup (without the quiz’s reader)', () => {
  const workloads = [workloadFrom('Checkout API', answersFor('serverless')), workloadFrom('Search', {})];

  it('keeps names and answer codes as they are, and carries the free tier switch (off unless ft=1)', () => {
    const link = parseLink(encodeAssessment(workloads, 'Shop', true));
    expect(link.system).toBe('Shop');
    expect(link.freeTierOnce).toBe(true);
    expect(link.entries).toEqual([
      { name: 'Checkout API', code: codeFor('serverless') },
      { name: 'Search', code: '' },
    ]);
    expect(parseLink(encodeAssessment(workloads, 'Shop')).freeTierOnce).toBe(false);
    expect(decodeAssessment(encodeAssessment(workloads, 'Shop', true)).freeTierOnce).toBe(true);
    expect(linkHref(link.entries, link.system, link.freeTierOnce)).toBe(assessmentHref(workloads, 'Shop', true));
  });

  it('says the same as the full reader about a damaged link, once the codes are read', () => {
    const query = new URLSearchParams([
      ['s', `Shop\u202E`],
      ['w', `Good~${codeFor('serverless')}`],
      ['w', 'Bad version~9.go'],
      ['w', `~${codeFor('servers')}`],
      ...Array.from({ length: MAX_WORKLOADS }, (_, i) => ['w', `Extra ${i}~`]),
    ]).toString();
    const link = parseLink(`?${query}`);
    const full = decodeAssessment(`?${query}`);
    expect(problemSentences(link, link.entries.map((e) => readEntry(e).notes))).toEqual(full.problems);
    // Before the codes are read, only what the names and the count say.
    expect(problemSentences(link)).toEqual([
      'The system’s name was shortened or cleaned of invisible characters.',
      '“Workload 3”: it had no name, so it is called “Workload 3”.',
      `An assessment holds at most ${MAX_WORKLOADS} workloads; the last 3 were dropped.`,
    ]);
  });

  it('puts answers coming back from the quiz on their workload, and says when the workload is gone', () => {
    const back = parseLink(`${encodeAssessment(workloads)}&slot=1&a=${codeFor('managed')}`);
    expect(back.entries[1]).toEqual({ name: 'Search', code: codeFor('managed') });
    expect(back.after).toEqual([]);
    const nowhere = parseLink(`${encodeAssessment(workloads)}&slot=7&a=${codeFor('managed')}`);
    expect(nowhere.entries).toEqual(parseLink(encodeAssessment(workloads)).entries);
    expect(problemSentences(nowhere)).toEqual([RETURN_NOWHERE]);
  });

  it('the quiz link for a workload carries its code and a way back that keeps the free tier switch', () => {
    const entries = parseLink(encodeAssessment(workloads, 'Shop', true)).entries;
    const url = new URL(quizLinkFor(entries, 'Shop', true, 0), 'https://guide.example');
    expect(url.pathname).toBe('/quiz/');
    expect(url.searchParams.get('a')).toBe(codeFor('serverless'));
    const back = new URL(url.searchParams.get('return')!, 'https://guide.example');
    expect(back.pathname).toBe('/assess/');
    expect(back.searchParams.get('ft')).toBe('1');
    expect(back.searchParams.get('slot')).toBe('0');
    expect(new URL(quizLinkFor(entries, 'Shop', true, 1), 'https://guide.example').searchParams.has('a')).toBe(false);
  });
});
