/**
 * No platform figure typed twice: a number with a unit of size, time, money
 * or volume in src/ or content/ must come from the facts registry. Every
 * .astro, .tsx, .ts, .mjs, .mdx and .md file is read through a real parser
 * (Sätteri's MDX tree, Astro's compiler, TypeScript's AST); the rule, and
 * why <Scenario> arithmetic and code are exempt, is in src/lib/figures.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/content-files';
import { ALLOWED_FIGURES } from '../support/figure-scan/allowed';
import { figuresInFile, readPieces, scannedFiles, type FigureFinding } from '../support/figure-scan/index';

const fixture = (name: string) => {
  const path = `tests/fixtures/figure-scan/${name}`;
  return figuresInFile(path, readFileSync(join(ROOT, path), 'utf8'));
};
const lines = (findings: FigureFinding[]) => findings.map((f) => `${f.line}: ${f.figure}`);

describe('the figure scan reads each kind of file through its parser', () => {
  it('MDX (Sätteri): prose, headings without their id marker, frontmatter, attributes, expressions, exports, link and image text; not code, facts, sums, scenarios or URLs', () => {
    const { findings, errors } = fixture('article.mdx');
    expect(errors).toEqual([]);
    expect(lines(findings)).toEqual([
      '2: 6 MB',
      '10: 7 seconds',
      '12: 8 minutes',
      '14: 15 minutes',
      '14: $0.20',
      '15: 3 GB',
      '17: 9 ms',
      '17: 11 s',
      '18: 12 requests',
      '21: 13 hours',
      '33: 20 minutes',
      '33: 2 TB',
    ]);
  });

  it('Markdown (Sätteri): prose, not inline code', () => {
    const { findings, errors } = fixture('change.md');
    expect(errors).toEqual([]);
    expect(lines(findings)).toEqual(['5: 14 days']);
  });

  it('TypeScript: string literals and template text, not comments or regular expressions', () => {
    const { findings, errors } = fixture('module.ts');
    expect(errors).toEqual([]);
    expect(lines(findings)).toEqual(['4: 7 minutes', '5: 8 GB', '6: $1.50']);
  });

  it('TSX: JSX text, attributes and strings in expressions, not <code>', () => {
    const { findings, errors } = fixture('island.tsx');
    expect(errors).toEqual([]);
    expect(lines(findings)).toEqual(['4: 9 ms', '5: 10 seconds', '5: 11 MB']);
  });

  it('Astro (its compiler, then TypeScript for the code): frontmatter, template text, attributes, expressions, scripts; not comments, <Scenario>, <code>, <style> or SVG path data', () => {
    const { findings, errors } = fixture('component.astro');
    expect(errors).toEqual([]);
    expect(lines(findings)).toEqual(['4: 15 minutes', '5: 2 GB', '7: 9 ms', '9: 10 seconds', '10: 11 MB', '16: 12 hours']);
  });

  it('a file a parser cannot read is reported, not skipped', () => {
    expect(readPieces('broken.ts', "const a = 'unclosed;\n").errors).not.toEqual([]);
    expect(readPieces('broken.astro', '---\nconst = ;\n---\n<p>x</p>\n').errors).not.toEqual([]);
  });
});

describe('platform figures outside the registry', () => {
  const files = scannedFiles();
  const results = files.map((f) => ({ path: f.path, ...figuresInFile(f.path, f.text) }));
  const allowed = (f: FigureFinding) => ALLOWED_FIGURES.some((a) => a.path === f.path && a.figures.includes(f.figure));

  it('reads every kind of source file in src/ and content/', () => {
    for (const ext of ['.astro', '.tsx', '.ts', '.mdx', '.md']) {
      expect(files.some((f) => f.path.endsWith(ext)), `no ${ext} file scanned`).toBe(true);
    }
    expect(files.some((f) => f.path.startsWith('content/facts/')), 'the registry itself is not scanned').toBe(false);
    // Every page of words yields words: a reader that silently read nothing would pass everything.
    const empty = files.filter((f) => /\.mdx?$/.test(f.path) && readPieces(f.path, f.text).pieces.length < 5).map((f) => f.path);
    expect(empty, 'a page with (almost) no text read: the MDX reader is missing something').toEqual([]);
  });

  it('every file parses', () => {
    expect(results.flatMap((r) => r.errors)).toEqual([]);
  });

  it('no file types a platform figure by hand', () => {
    const typed = results.flatMap((r) => r.findings.filter((f) => !allowed(f)).map((f) => `${f.path}:${f.line}: "${f.figure}"`));
    expect(typed, 'read the figure from the facts registry: <Fact id> or <Calc> in MDX, the fact’s value in code (content/facts/); worked examples go inside <Scenario>').toEqual([]);
  });

  it('every allow-list entry still matches a figure, and says why', () => {
    const found = new Set(results.flatMap((r) => r.findings.map((f) => `${f.path}|${f.figure}`)));
    const stale = ALLOWED_FIGURES.flatMap((a) => a.figures.filter((fig) => !found.has(`${a.path}|${fig}`)).map((fig) => `${a.path}: "${fig}"`));
    expect(stale, 'remove these from tests/support/figure-scan/allowed.ts').toEqual([]);
    expect(ALLOWED_FIGURES.filter((a) => a.reason.length < 20).map((a) => a.path)).toEqual([]);
  });
});
