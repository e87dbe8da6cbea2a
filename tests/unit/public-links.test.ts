/**
 * The committed registry of public URLs and fragments (tests/link-registry.json)
 * against the built site. Fails when a registered link stops resolving, and
 * when the site publishes something the registry does not list yet.
 * `npm run registry:update` adds new entries; it never removes any.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checkRegistry, currentRegistry, type LinkRegistry } from '../support/link-registry';
import { indexSite, type PageInfo } from '../support/site-index';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const registryFile = fileURLToPath(new URL('../link-registry.json', import.meta.url));

/** Public fragments: section headings, old heading ids kept as aliases, anything marked data-anchor. */
function publicIds(page: PageInfo): string[] {
  const root = parse(page.html);
  return root
    .querySelectorAll('main h2[id], main h3[id], main .alias-target[id], main [data-anchor][id]')
    .map((el) => el.getAttribute('id') ?? '')
    .filter(Boolean);
}

describe('public link registry', () => {
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` before the unit tests.');
  const pages = indexSite(dist);
  const registry: LinkRegistry = JSON.parse(readFileSync(registryFile, 'utf8'));
  const current = currentRegistry(pages, publicIds);

  if (process.env.UPDATE_LINK_REGISTRY) {
    const merged: LinkRegistry = { ...registry };
    for (const [url, ids] of Object.entries(current)) merged[url] = [...new Set([...(merged[url] ?? []), ...ids])].sort();
    const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(registryFile, `${JSON.stringify(sorted, null, 2)}\n`);
  }

  it('every registered URL and fragment still resolves (directly, by redirect or by alias)', () => {
    const problems = checkRegistry(registry, pages);
    expect(problems, problems.map((p) => `${p.link}: ${p.problem}`).join('\n')).toEqual([]);
  });

  it('every published page and section is registered', () => {
    const missing: string[] = [];
    for (const [url, ids] of Object.entries(current)) {
      if (!(url in registry)) missing.push(url);
      for (const id of ids) if (!registry[url]?.includes(id)) missing.push(`${url}#${id}`);
    }
    expect(missing, `Not in tests/link-registry.json; run \`npm run registry:update\`:\n${missing.join('\n')}`).toEqual([]);
  });

  it('registers a substantial site (sanity: the crawl found the guide)', () => {
    expect(Object.keys(current)).toEqual(expect.arrayContaining(['/', '/goals/', '/fit/', '/antipatterns/']));
    expect(current['/antipatterns/database-dependency/']).toEqual(expect.arrayContaining(['symptoms', 'instead', 'sources']));
  });
});
