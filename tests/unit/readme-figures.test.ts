/**
 * The README states no page size of its own: its "Current figures" table is
 * rendered from docs/figures.json (written by the budget test from the
 * built site), and nowhere else does it type a size in bytes or KB other
 * than the budgets the table also renders.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetText } from '../support/budgets';
import { ROOT } from '../support/content-files';
import { FIGURES_FILE, figuresBlock, readFiguresFile, renderFigures, withFiguresBlock } from '../support/page-figures';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe("the README's figures", () => {
  it(`the "Current figures" block equals ${FIGURES_FILE}, rendered`, () => {
    const file = readFiguresFile(ROOT);
    expect(file, `${FIGURES_FILE} is missing: run npm run figures`).toBeDefined();
    expect(figuresBlock(readme), 'README.md differs from docs/figures.json: run npm run figures and commit both').toBe(renderFigures(file!));
  });

  it('outside that block, the only sizes the README types are budgets', () => {
    const block = figuresBlock(readme) ?? '';
    const rest = readme.replace(block, '');
    const budgets = new Set(Object.values(BUDGETS).map((b) => budgetText(b).replace(/ bytes$/, '')));
    const typed = [...rest.matchAll(/(\d[\d,.]*)\s?(KB|KiB|bytes)\b/g)]
      .map((m) => (m[2] === 'bytes' ? m[1]! : `${m[1]} ${m[2] === 'KiB' ? 'KB' : m[2]}`))
      .filter((size) => !budgets.has(size));
    expect(typed, 'a page size typed in README.md: quote docs/figures.json through the generated block').toEqual([]);
  });

  it('the block is found, replaced and rendered from the file alone', () => {
    const sample = withFiguresBlock(`a\n${readme.slice(readme.indexOf('<!-- figures:begin'), readme.indexOf('<!-- figures:end -->') + 20)}\nb`, 'X');
    expect(figuresBlock(sample)).toBe('X');
    const file = { about: '', measured: '2026-12-03', commit: 'abc1234', everyPage: { css: 10240, html: 30720 }, pages: [{ page: 'home', path: '/', firstRender: 20000, firstRenderBudget: 16384, startupJs: 979, startupJsBudget: 3072 }] };
    const md = renderFigures(file);
    expect(md).toContain('| home | `/` | **20,000** (over) | 16 KB | 979 | 3 KB | — | — |');
    expect(md).toContain('Over budget: home first render.');
  });
});
