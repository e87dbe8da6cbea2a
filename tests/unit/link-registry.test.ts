import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkRegistry, mergeRegistry, unregistered, type LinkRegistry } from '../support/link-registry';
import { indexSite } from '../support/site-index';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));

describe('link registry check (fixture sites)', () => {
  const registry: LinkRegistry = { '/goals/': ['operations', 'cost', 'idle-capacity'] };

  it('passes when every registered fragment is on the page', () => {
    expect(checkRegistry(registry, indexSite(fixture('site-before')))).toEqual([]);
  });

  it('fails when a registered fragment is removed without an alias, naming the link', () => {
    const problems = checkRegistry(registry, indexSite(fixture('site-after')));
    expect(problems.map((p) => p.link)).toEqual(['/goals/#idle-capacity']);
    expect(problems[0]?.problem).toMatch(/no element with id "idle-capacity"/);
  });

  it('accepts a renamed heading whose old id is kept as an alias target', () => {
    const problems = checkRegistry({ '/goals/': ['cost', 'paying-for-use'] }, indexSite(fixture('site-after')));
    expect(problems).toEqual([]);
  });

  it('follows a redirect stub from a moved page to its fragments', () => {
    expect(checkRegistry({ '/old-goals/': ['operations'] }, indexSite(fixture('site-after')))).toEqual([]);
  });

  it('fails when a page disappears without a redirect', () => {
    const problems = checkRegistry({ '/fit/': ['limits'] }, indexSite(fixture('site-after')));
    expect(problems).toEqual([{ link: '/fit/', problem: 'page is gone and no redirect points on from it' }]);
  });
});

describe('registry update (merge)', () => {
  const registry: LinkRegistry = { '/goals/': ['cost', 'operations'], '/old/': ['kept'] };
  const current: LinkRegistry = { '/goals/': ['cost', 'choosing'], '/fit/': ['limits'] };

  it('lists what the site publishes that the registry lacks', () => {
    expect(unregistered(registry, current)).toEqual(['/goals/#choosing', '/fit/', '/fit/#limits']);
    expect(unregistered(mergeRegistry(registry, current), current)).toEqual([]);
  });

  it('adds new pages and ids, sorted, and never removes an entry', () => {
    expect(mergeRegistry(registry, current)).toEqual({
      '/fit/': ['limits'],
      '/goals/': ['choosing', 'cost', 'operations'],
      '/old/': ['kept'],
    });
    expect(Object.keys(mergeRegistry(registry, current))).toEqual(['/fit/', '/goals/', '/old/']);
  });
});
