/**
 * `npm run registry:update`: adds every URL and fragment the built site
 * publishes to tests/link-registry.json, and prints what it added. Builds
 * first when dist/ is missing or older than the sources, so what it records
 * is what the sources publish. Never removes an entry (the linking contract).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.ts';
import { checkRegistry, currentRegistry, mergeRegistry, publicIds, unregistered, type LinkRegistry } from '../tests/support/link-registry.ts';
import { indexSite } from '../tests/support/site-index.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const registryFile = fileURLToPath(new URL('../tests/link-registry.json', import.meta.url));

buildIfStale(root, dist, { name: 'registry', unwritten: 'nothing was recorded', output: 'all' });

const pages = indexSite(dist);
const registry: LinkRegistry = JSON.parse(readFileSync(registryFile, 'utf8'));
const current = currentRegistry(pages, publicIds);
const added = unregistered(registry, current);
if (added.length > 0) {
  writeFileSync(registryFile, `${JSON.stringify(mergeRegistry(registry, current), null, 2)}\n`);
  console.log(`registry: added ${added.length} to tests/link-registry.json (commit it with your change):`);
  for (const link of added) console.log(`  + ${link}`);
} else {
  console.log('registry: nothing new; every published page and section is already in tests/link-registry.json');
}

// Adding never fixes a link that disappeared; say so now rather than at npm test.
const gone = checkRegistry(registry, pages);
if (gone.length > 0) {
  console.log(`registry: ${gone.length} registered link(s) no longer resolve; npm test will fail until each is restored or aliased:`);
  for (const p of gone) console.log(`  ! ${p.link}: ${p.problem}`);
}
