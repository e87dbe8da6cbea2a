/**
 * `npm run links:corpus`: writes tests/links/edition-<N>.json, the result
 * links of the current edition as the quiz makes them today: one link per
 * distinct path through the quiz, each on the result page it leads to, with
 * the advice answers varied so that every option of every question appears,
 * and links with "Not sure" answers. tests/unit/quiz/link-corpus.test.ts
 * restores every link of every edition on each build, so a change of rules
 * can never silently change what a pasted link meant.
 *
 * A corpus is a record of what the guide said: it is written once, when an
 * edition is current, and never rewritten (the script refuses; delete the
 * file by hand only if it was written by mistake on the same day).
 *
 *   npm run links:corpus                 the current edition
 *   npm run links:corpus -- --edition 1  an earlier edition, read as today's
 *                                        rules decide it (only for editions
 *                                        whose rules have not changed since)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpusLinks } from '../tests/support/link-corpus.ts';
import { EDITION } from '../src/quiz/edition.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const flag = process.argv.indexOf('--edition');
const edition = flag >= 0 ? Number(process.argv[flag + 1]) : EDITION;
if (!Number.isInteger(edition) || edition < 1 || edition > EDITION) {
  console.error(`links:corpus: --edition takes a whole number from 1 to ${EDITION} (the current edition).`);
  process.exit(2);
}
const file = `${root}tests/links/edition-${edition}.json`;
if (existsSync(file)) {
  console.error(`links:corpus: ${file} exists. A corpus records what an edition said and is never rewritten.`);
  process.exit(1);
}
const links = corpusLinks(edition);
mkdirSync(`${root}tests/links`, { recursive: true });
const recorded = new Date().toISOString().slice(0, 10);
writeFileSync(file, `${JSON.stringify({ edition, recorded, links }, null, 1)}\n`);
console.log(`links:corpus: ${links.length} links of edition ${edition} written to tests/links/edition-${edition}.json`);
