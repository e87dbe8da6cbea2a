/**
 * Every result link any edition of the quiz has made (tests/links/, written
 * once per edition by `npm run links:corpus`) still lands on a result today:
 * the outcome its path names, or a different one explained by the /changes/
 * entries recorded since its edition. Never "could not be restored".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readLink } from '../../../src/quiz/link.ts';
import { explainChange, type ChangeNote } from '../../../src/quiz/changes.ts';
import { EDITION } from '../../../src/quiz/edition.ts';
import { isOutcomeId, type OutcomeId } from '../../../src/quiz/outcome-ids.ts';
import { restore } from '../../../src/quiz/replay.ts';
import { ANSWERS_PARAM } from '../../../src/quiz/answers-param.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Corpus {
  readonly edition: number;
  readonly recorded: string;
  readonly links: readonly string[];
}

function corpora(): Corpus[] {
  const dir = `${root}tests/links/`;
  return readdirSync(dir)
    .filter((f) => /^edition-\d+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as Corpus)
    .sort((a, b) => a.edition - b.edition);
}

/** The /changes/ entries as the result pages get them (src/lib/changes.ts), read from the files. */
function changeNotes(): ChangeNote[] {
  const dir = `${root}content/changes/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(dir + f, 'utf8'))?.[1] ?? '') as Omit<ChangeNote, 'id' | 'date'> & { date: string | Date };
      const date = typeof data.date === 'string' ? data.date : data.date.toISOString().slice(0, 10);
      return { id: f.replace(/\.md$/, ''), date, edition: data.edition, title: data.title, moves: data.moves ?? [] };
    });
}

/** The outcome a link's path names, and its answer code. */
function parts(link: string): { then: OutcomeId; code: string } {
  const url = new URL(link, 'https://example.org');
  const then = /^\/quiz\/result\/([a-z]+)\/$/.exec(url.pathname)?.[1] ?? '';
  if (!isOutcomeId(then)) throw new Error(`not a result link: ${link}`);
  return { then, code: url.searchParams.get(ANSWERS_PARAM) ?? '' };
}

describe('links made by every edition keep their meaning', () => {
  const all = corpora();
  const notes = changeNotes();

  it('there is a corpus for every edition, and a /changes/ entry opening every edition', () => {
    expect(all.map((c) => c.edition)).toEqual(Array.from({ length: EDITION }, (_, i) => i + 1));
    for (let edition = 1; edition <= EDITION; edition++) expect(notes.some((n) => n.edition === edition), `edition ${edition}`).toBe(true);
  });

  for (const corpus of all) {
    it(`edition ${corpus.edition}: each of its ${corpus.links.length} links lands on its result, or on one a recorded change explains`, () => {
      const unexplained: string[] = [];
      for (const link of corpus.links) {
        const { then, code } = parts(link);
        const reading = readLink(code);
        expect(reading.problem, link).toBeNull();
        expect(reading.outcome, `${link} does not finish the quiz today`).not.toBeNull();
        if (reading.outcome === null || reading.outcome === then) continue;
        const explanation = explainChange(reading.given, corpus.edition, then, reading.outcome, notes);
        if (explanation === null || explanation.changes.length === 0) unexplained.push(`${link} → ${reading.outcome}`);
      }
      expect(unexplained).toEqual([]);
    });
  }

  it('the quiz page restores a sample of every edition through the machine to the same outcome as the result page', () => {
    for (const corpus of all) {
      corpus.links.filter((_, i) => i % 25 === 0).forEach((link) => {
        const { code } = parts(link);
        const restored = restore(code);
        const reading = readLink(code);
        // A question an older edition never asked is asked afresh on the quiz page; otherwise both agree.
        if (reading.notAsked.some((q) => reading.asked.includes(q))) expect(restored.status).toBe('in-progress');
        else expect(restored.outcome, link).toBe(reading.outcome);
      });
    }
  });
});
