/**
 * Every internal link in the built site lands: on a page (or a file), and
 * on an element id when it has a #fragment. Failures name the page, the
 * href and the ids the target page does have.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, formatBrokenLinks } from '../support/link-check';
import { indexSite } from '../support/site-index';
import { requireDist, siteOrigin } from '../support/dist';

const ORIGIN = 'https://really-serverless.example.org';

describe('internal link checker (fixture site)', () => {
  const dir = fileURLToPath(new URL('../fixtures/links/', import.meta.url));
  const broken = findBrokenLinks(indexSite(dir), dir, ORIGIN);
  const byHref = new Map(broken.map((b) => [b.href, b]));

  it('reports exactly the broken links and skips external ones', () => {
    expect([...byHref.keys()].sort()).toEqual(
      [
        '/goals/#nope',
        'https://really-serverless.example.org/goals/#also-nope',
        '/gone/',
        '/goals',
        'https://really-serverless.example.org/missing.png',
      ].sort(),
    );
  });

  it('lists the ids that exist on the target of a broken fragment', () => {
    expect(byHref.get('/goals/#nope')?.existingIds).toEqual(['cost', 'operations']);
    expect(formatBrokenLinks(broken)).toContain('ids on the target: cost, operations');
  });

  it('points out a missing trailing slash', () => {
    expect(byHref.get('/goals')?.problem).toMatch(/trailing slash/);
  });
});

describe('internal links of the built site', () => {
  const dir = requireDist();
  const pages = indexSite(dir);

  it('indexes the built pages', () => {
    expect(pages.size).toBeGreaterThan(3);
  });

  it('every internal href and #fragment resolves', () => {
    const broken = findBrokenLinks(pages, dir, siteOrigin());
    expect(broken.length, `${broken.length} broken internal links (page → href):\n${formatBrokenLinks(broken)}`).toBe(0);
  });
});
