/**
 * `npm run figures`: measures the built site (building first when dist/ is
 * missing or older than the sources), updates docs/figures.json exactly as
 * the budget test does, and renders the README's "Current figures" block
 * from that file. Commit both.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.ts';
import { FIGURES_FILE, measureSite, pageFigures, renderFigures, updateFiguresFile, withFiguresBlock } from '../tests/support/page-figures.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

buildIfStale(root, dist, { name: 'figures', unwritten: 'nothing was written', output: 'all' });

const { file, written } = updateFiguresFile(root, pageFigures(measureSite(dist)), new Date().toISOString().slice(0, 10));
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const next = withFiguresBlock(readme, renderFigures(file));
if (next !== readme) writeFileSync(readmePath, next);
console.log(`figures: ${FIGURES_FILE} ${written ? 'updated' : 'unchanged'}, README.md ${next !== readme ? 'updated' : 'unchanged'}.`);
