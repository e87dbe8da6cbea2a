/**
 * The originality check (scripts/originality.mjs): a copied run of 8 words is
 * found whatever its case, quotes or line breaks; 7 shared words are not a
 * passage; without a source text the command skips with one line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RUN, chooseSource, sharedPassages, siteFiles, sourceRuns } from '../../scripts/originality.mjs';

const SOURCE = 'Teams that adopt functions often keep the old batch habits and pay for idle machines anyway, which defeats the point.';
const script = fileURLToPath(new URL('../../scripts/originality.mjs', import.meta.url));

describe('originality check', () => {
  const runs = sourceRuns(SOURCE);

  it('finds a copied run of 8 words across case, curly quotes and a line break, with its line', () => {
    const text = 'Our own intro.\nMany TEAMS THAT ADOPT FUNCTIONS often keep\nthe old batch habits, we think.';
    expect(sharedPassages(text, runs)).toEqual([
      { line: 2, words: RUN + 2, text: 'teams that adopt functions often keep the old batch habits' },
    ]);
    expect(sharedPassages('pay for idle machines anyway, which defeats the point', runs)).toHaveLength(1);
    expect(sharedPassages('they pay for idle machines anyway, which defeats the point', sourceRuns('They pay for idle machines anyway, which defeats the point'))).toHaveLength(1);
    expect(sharedPassages('They don\u2019t pay for idle machines anyway, which defeats it', sourceRuns("They don't pay for idle machines anyway, which defeats it"))).toHaveLength(1);
  });

  it('does not count 7 shared words, or the same words in another order', () => {
    expect(sharedPassages('Teams that adopt functions often keep the new ways.', runs)).toEqual([]);
    expect(sharedPassages('functions that adopt teams often keep the old batch habits', runs)).toEqual([]);
  });

  it('reads content/ and src/ files of the site types only, not node_modules', () => {
    const root = mkdtempSync(join(tmpdir(), 'originality-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    for (const dir of ['content/antipatterns', 'src/node_modules/x', 'public']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['content/antipatterns/a.mdx', 'content/notes.txt', 'src/b.astro', 'src/node_modules/x/c.ts', 'public/d.md']) {
      writeFileSync(join(root, file), SOURCE);
    }
    expect(siteFiles(root).map((f) => f.slice(root.length + 1))).toEqual(['content/antipatterns/a.mdx', 'src/b.astro']);
  });

  it('takes the source from the argument, else SOURCE_TEXT, else an existing fallback', () => {
    expect(chooseSource([script], {})).toEqual({ path: script });
    expect(chooseSource([], { SOURCE_TEXT: script })).toEqual({ path: script });
    expect(chooseSource(['--fallback', script], {})).toEqual({ path: script });
    expect(chooseSource(['/no/such/file.txt'], {})).toEqual({ error: 'no source text at /no/such/file.txt' });
    expect(chooseSource(['--fallback', '/no/such/file.txt'], {})).toHaveProperty('skip');
  });

  it('skips with one clear line and exit 0 when no source text is given', () => {
    const env = { ...process.env };
    delete env.SOURCE_TEXT;
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8', env });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^originality: skipped, no source text given/)]);
  });

  it('exits 1 and names the file and line when a passage is shared', () => {
    const dir = mkdtempSync(join(tmpdir(), 'originality-src-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    // The repository's own files against a "source" made from one of them.
    const source = join(dir, 'source.txt');
    writeFileSync(source, 'Heading ids that survive rewording. An author pins an id by ending the heading with a marker');
    const run = spawnSync(process.execPath, [script, source], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^src\/lib\/headings\.ts:2: \d+ words shared: "heading ids that survive rewording an author pins/m);
  });
});
