/**
 * One home per name: the outcomes' names live in src/quiz/outcomes.ts
 * (OUTCOMES[id].name), the quiz's routes in src/quiz/paths.ts (re-exported by routes.ts), and the
 * answers parameter's name in src/quiz/answers-param.ts. Code in src/ and
 * the tests import them; this test reads every source through the figure
 * scan's parsers (strings, template text, JSX text, attributes; not
 * comments) and fails with file:line where one is typed again. Tests keep
 * literal public URLs on purpose: they prove the addresses stay the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/quiz/outcomes';
import { MAP_PATH, QUIZ_PATH } from '../../src/quiz/routes';
import { ANSWERS_PARAM } from '../../src/quiz/answers-param';
import { ROOT } from '../support/content-files';
import { readPieces, scannedFiles } from '../support/figure-scan/index';
import { paramNamesIn } from '../support/one-home';

const NAMES = Object.values(OUTCOMES).map((o) => o.name);
const HOMES = { names: 'src/quiz/outcomes.ts', routes: 'src/quiz/paths.ts', param: 'src/quiz/answers-param.ts' };

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const abs = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'fixtures' ? [] : walk(abs);
    return /\.(ts|tsx|mjs)$/.test(d.name) && !d.name.endsWith('.d.ts') ? [abs] : [];
  });
}
const src = scannedFiles().filter((f) => f.path.startsWith('src/'));
const tests = walk(join(ROOT, 'tests')).map((abs) => ({ path: relative(ROOT, abs), text: readFileSync(abs, 'utf8') }));

/** Where a piece of text in `files` contains one of `needles`. */
function typed(files: { path: string; text: string }[], home: string, found: (text: string) => string | undefined): string[] {
  return files
    .filter((f) => f.path !== home)
    .flatMap((f) => readPieces(f.path, f.text, { addresses: true }).pieces.flatMap((p) => {
      const hit = found(p.text);
      return hit === undefined ? [] : [`${f.path}:${p.line}: "${hit}"`];
    }));
}

describe('one home per name', () => {
  it('the outcomes have names to look for', () => {
    expect(NAMES.length).toBe(3);
    expect(NAMES.every((n) => n.length > 5)).toBe(true);
  });

  it('no file in src/ or tests/ types an outcome name: import OUTCOMES[id].name', () => {
    const hits = typed([...src, ...tests], HOMES.names, (text) => NAMES.find((n) => text.includes(n)));
    expect(hits).toEqual([]);
  });

  it(`no file in src/ types the quiz's routes (${QUIZ_PATH}, ${MAP_PATH}): import them from ${HOMES.routes}`, () => {
    const route = new RegExp(`(?:^|[^\\w/])(${MAP_PATH.replace(/\//g, '\\/')}|${QUIZ_PATH.replace(/\//g, '\\/')}(?:$|[?#]|result\\/))`);
    const hits = typed(src, HOMES.routes, (text) => route.exec(text)?.[1]);
    expect(hits).toEqual([]);
  });

  it(`no file in src/ types the answers parameter's name: read ANSWERS_PARAM from ${HOMES.param}`, () => {
    const hits = src
      .filter((f) => f.path !== HOMES.param && /\.(ts|tsx|mjs|astro)$/.test(f.path))
      .flatMap((f) => paramNamesIn(f.text, f.path).filter((p) => p.name === ANSWERS_PARAM).map((p) => `${f.path}:${p.line}: .get/.set('${p.name}')`));
    const inQueries = typed(src, HOMES.param, (text) => new RegExp(`[?&]${ANSWERS_PARAM}=`).exec(text)?.[0]);
    expect([...hits, ...inQueries]).toEqual([]);
  });

  it('the checks find what they look for', () => {
    const sample = [
      { path: 'src/x.ts', text: `const a = new URLSearchParams(location.search).get('${ANSWERS_PARAM}');\nconst h = '${MAP_PATH}#q-goal';\nconst n = 'Pick ${NAMES[1]} here';\n// ${NAMES[0]} in a comment is fine\n` },
      { path: 'src/y.astro', text: `---\nconst u = new URL(Astro.url);\nu.searchParams.set('${ANSWERS_PARAM}', 'x');\n---\n<a href="${QUIZ_PATH}">Quiz</a>\n` },
    ];
    expect(paramNamesIn(sample[0]!.text, 'src/x.ts')).toEqual([{ line: 1, name: ANSWERS_PARAM }]);
    expect(paramNamesIn(sample[1]!.text, 'src/y.astro')).toEqual([{ line: 3, name: ANSWERS_PARAM }]);
    expect(typed(sample, '', (text) => NAMES.find((n) => text.includes(n)))).toEqual([`src/x.ts:3: "${NAMES[1]}"`]);
    expect(typed(sample, '', (text) => (text.includes(MAP_PATH) || text === QUIZ_PATH ? text : undefined))).toEqual([`src/x.ts:2: "${MAP_PATH}#q-goal"`, `src/y.astro:5: "${QUIZ_PATH}"`]);
  });
});
