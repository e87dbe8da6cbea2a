/**
 * `npm run facts`: every registry fact, oldest check first, with its age,
 * provider, and the built pages that show it, computed pages included
 * (result pages, /cost/, /assess/ and the quiz show facts through code;
 * tests/support/fact-pages.ts says how they are found). Builds first when
 * dist/ is missing or older than the sources. Facts past the 12-month mark
 * are flagged as they are on the site; unverified facts (no current copy of
 * the source compared) come first, with the last day someone read them in
 * an old copy. BUILD_DATE pins "today" as it does for the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { factDisplay } from '../src/content/fact-display.ts';
import { ageInDays, buildDate, isoDay, isStale } from '../src/lib/facts.ts';
import { buildIfStale } from './build-if-stale.ts';
import { factPages } from '../tests/support/fact-pages.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

interface Row { id: string; provider: string; checked: string; age: number; stale: boolean; unverified: boolean; users: string[] }
interface FactJson { provider?: string; checked?: string; unverified?: { lastSeen?: string }; source: { url: string }; claim: string; value?: number | string; unit?: string; display?: string }

let today: Date;
try {
  today = buildDate();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const factDir = join(root, 'content', 'facts');
const facts = new Map<string, FactJson>();
for (const file of readdirSync(factDir).filter((f) => f.endsWith('.json'))) {
  try {
    facts.set(file.slice(0, -5), JSON.parse(readFileSync(join(factDir, file), 'utf8')) as FactJson);
  } catch (error) {
    console.error(`content/facts/${file}: not valid JSON (${(error as Error).message})`);
    process.exit(1);
  }
}

buildIfStale(root, dist, { name: 'facts', why: 'to list the pages that show each fact', output: 'errors' });
const pages = factPages(root, dist, new Map([...facts].map(([id, f]) => [id, { ...f, display: factDisplay(f) }])));

const rows: Row[] = [];
for (const [id, data] of facts) {
  // An unverified fact has no check: its age counts from the last day anyone read it, in an old copy.
  const day = data.unverified ? data.unverified.lastSeen : data.checked;
  const checked = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(checked.getTime())) {
    const field = data.unverified ? '"unverified.lastSeen"' : '"checked"';
    console.error(`content/facts/${id}.json: ${field} must be YYYY-MM-DD, got ${JSON.stringify(day)}`);
    process.exit(1);
  }
  const unverified = data.unverified !== undefined;
  rows.push({ id, provider: data.provider ?? '?', checked: isoDay(checked), age: ageInDays(checked, today), stale: !unverified && isStale(checked, today), unverified, users: pages.get(id) ?? [] });
}
rows.sort((a, b) => Number(b.unverified) - Number(a.unverified) || b.age - a.age || a.provider.localeCompare(b.provider) || a.id.localeCompare(b.id));

console.log(`Facts registry: ${rows.length} facts, build date ${isoDay(today)}; unverified first, then oldest check first.\n`);
const w = Math.max(...rows.map((r) => r.id.length));
console.log(`${'age'.padStart(5)}  ${'checked'.padEnd(10)}  ${'provider'.padEnd(12)}  ${'id'.padEnd(w)}  pages that show it (unverified: age and date of the last reading of an old copy)`);
for (const r of rows) {
  const flag = r.unverified ? '  UNVERIFIED' : r.stale ? '  MAY BE OUT OF DATE' : '';
  console.log(`${`${r.age}d`.padStart(5)}  ${r.checked}  ${r.provider.padEnd(12)}  ${r.id.padEnd(w)}  ${r.users.length ? r.users.join(', ') : '(no page)'}${flag}`);
}
const stale = rows.filter((r) => r.stale).length;
const unused = rows.filter((r) => r.users.length === 0).length;
const unverifiedCount = rows.filter((r) => r.unverified).length;
console.log(`\n${unverifiedCount} unverified (no current copy of the source compared), ${stale} stale (checked more than 12 months before ${isoDay(today)}), ${unused} shown on no page.`);
