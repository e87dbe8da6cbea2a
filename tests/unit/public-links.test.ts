/**
 * The committed registry of public URLs and fragments (tests/link-registry.json)
 * against the built site. Fails when a registered link stops resolving, and
 * when the site publishes something the registry does not list yet.
 * `npm run registry:update` adds new entries; it never removes any.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRegistry, currentRegistry, publicIds, unregistered, type LinkRegistry } from '../support/link-registry';
import { requireDist } from '../support/dist';
import { indexSite } from '../support/site-index';

const registryFile = fileURLToPath(new URL('../link-registry.json', import.meta.url));

describe('public link registry', () => {
  const pages = indexSite(requireDist());
  const registry: LinkRegistry = JSON.parse(readFileSync(registryFile, 'utf8'));
  const current = currentRegistry(pages, publicIds);

  it('every registered URL and fragment still resolves (directly, by redirect or by alias)', () => {
    const problems = checkRegistry(registry, pages);
    expect(problems, problems.map((p) => `${p.link}: ${p.problem}`).join('\n')).toEqual([]);
  });

  it('every published page and section is registered', () => {
    const missing = unregistered(registry, current);
    expect(missing, `Not in tests/link-registry.json; run \`npm run registry:update\`:\n${missing.join('\n')}`).toEqual([]);
  });

  it('registers a substantial site (sanity: the crawl found the guide)', () => {
    expect(Object.keys(current)).toEqual(expect.arrayContaining(['/', '/goals/', '/fit/', '/antipatterns/']));
    expect(current['/antipatterns/database-dependency/']).toEqual(expect.arrayContaining(['symptoms', 'instead', 'sources']));
  });
});
