/**
 * `npm run facts`: every registry fact, oldest check first, with its age,
 * provider, and the pages (and quiz/source files) that use it. Facts past
 * the 12-month mark are flagged as they are on the site; unverified facts
 * (no current copy of the source compared) come first, with the last day
 * someone read them in an old copy. BUILD_DATE pins "today" as it does for
 * the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ageInDays, buildDate, isoDay, isStale } from '../src/lib/facts.ts';
import { factIdsIn } from '../src/lib/page-facts.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

function walk(dir: string, exts: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name), exts) : exts.some((e) => d.name.endsWith(e)) ? [join(dir, d.name)] : [],
  );
}

/** content/antipatterns/x.mdx → /antipatterns/x/, content/pages/x.mdx → /x/ */
function pageUrl(file: string): string {
  const rel = relative(join(root, 'content'), file).replace(/\.mdx$/, '');
  return rel.startsWith('pages/') ? `/${rel.slice('pages/'.length)}/` : `/${rel}/`;
}

interface Row { id: string; provider: string; checked: string; age: number; stale: boolean; unverified: boolean; users: string[] }

let today: Date;
try {
  today = buildDate();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const rows: Row[] = [];
const users = new Map<string, Set<string>>();
for (const file of walk(join(root, 'content'), ['.mdx'])) {
  for (const id of factIdsIn(readFileSync(file, 'utf8'))) (users.get(id) ?? users.set(id, new Set()).get(id)!).add(pageUrl(file));
}
const factDir = join(root, 'content', 'facts');
const ids = readdirSync(factDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
// Code (the quiz, pages, components) refers to facts by their id in quotes.
for (const file of walk(join(root, 'src'), ['.ts', '.tsx', '.astro'])) {
  const text = readFileSync(file, 'utf8');
  for (const id of ids) if (text.includes(`'${id}'`) || text.includes(`"${id}"`)) (users.get(id) ?? users.set(id, new Set()).get(id)!).add(relative(root, file));
}
for (const id of ids) {
  let data: { provider?: string; checked?: string; unverified?: { lastSeen?: string } };
  try {
    data = JSON.parse(readFileSync(join(factDir, `${id}.json`), 'utf8'));
  } catch (error) {
    console.error(`content/facts/${id}.json: not valid JSON (${(error as Error).message})`);
    process.exit(1);
  }
  // An unverified fact has no check: its age counts from the last day anyone read it, in an old copy.
  const day = data.unverified ? data.unverified.lastSeen : data.checked;
  const checked = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(checked.getTime())) {
    const field = data.unverified ? '"unverified.lastSeen"' : '"checked"';
    console.error(`content/facts/${id}.json: ${field} must be YYYY-MM-DD, got ${JSON.stringify(day)}`);
    process.exit(1);
  }
  const unverified = data.unverified !== undefined;
  rows.push({ id, provider: data.provider ?? '?', checked: isoDay(checked), age: ageInDays(checked, today), stale: !unverified && isStale(checked, today), unverified, users: [...(users.get(id) ?? [])].sort() });
}
rows.sort((a, b) => Number(b.unverified) - Number(a.unverified) || b.age - a.age || a.provider.localeCompare(b.provider) || a.id.localeCompare(b.id));

console.log(`Facts registry: ${rows.length} facts, build date ${isoDay(today)}; unverified first, then oldest check first.\n`);
const w = Math.max(...rows.map((r) => r.id.length));
console.log(`${'age'.padStart(5)}  ${'checked'.padEnd(10)}  ${'provider'.padEnd(12)}  ${'id'.padEnd(w)}  used by (unverified: age and date of the last reading of an old copy)`);
for (const r of rows) {
  const flag = r.unverified ? '  UNVERIFIED' : r.stale ? '  MAY BE OUT OF DATE' : '';
  console.log(`${`${r.age}d`.padStart(5)}  ${r.checked}  ${r.provider.padEnd(12)}  ${r.id.padEnd(w)}  ${r.users.length ? r.users.join(', ') : '(unused)'}${flag}`);
}
const stale = rows.filter((r) => r.stale).length;
const unused = rows.filter((r) => r.users.length === 0).length;
const unverifiedCount = rows.filter((r) => r.unverified).length;
console.log(`\n${unverifiedCount} unverified (no current copy of the source compared), ${stale} stale (checked more than 12 months before ${isoDay(today)}), ${unused} unused.`);
