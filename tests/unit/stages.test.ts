/**
 * The reading order by stage (src/lib/stages.ts), and that the built site
 * follows it everywhere it lists the articles: the index groups, the home
 * page cards, the sidebar and previous/next.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fileURLToPath } from 'node:url';
import { groupByStage, inReadingOrder, STAGES, type Stage } from '../../src/lib/stages';
import { requireDist } from '../support/dist';
import { indexSite } from '../support/site-index';

const entry = (id: string, stage: Stage, number: number) => ({ id, data: { stage, number } });

describe('reading order by stage', () => {
  const entries = [entry('late', 'running', 1), entry('shape-b', 'shaping', 9), entry('choose', 'choosing', 12), entry('shape-a', 'shaping', 2)];

  it('orders by stage (choosing, shaping, running), then number, whatever the input order', () => {
    expect(STAGES).toEqual(['choosing', 'shaping', 'running']);
    const expected = ['choose', 'shape-a', 'shape-b', 'late'];
    expect(inReadingOrder(entries).map((e) => e.id)).toEqual(expected);
    expect(inReadingOrder([...entries].reverse()).map((e) => e.id)).toEqual(expected);
  });

  it('groups in that order and leaves out a stage with no articles', () => {
    const groups = groupByStage(entries.filter((e) => e.data.stage !== 'shaping'));
    expect(groups.map((g) => [g.stage, g.entries.map((e) => e.id)])).toEqual([
      ['choosing', ['choose']],
      ['running', ['late']],
    ]);
  });
});

/** The articles as their frontmatter says, in the order the guide must show them. */
function articlesInReadingOrder(): { id: string; data: { stage: Stage; number: number } }[] {
  const dir = fileURLToPath(new URL('../../content/antipatterns/', import.meta.url));
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(dir + f, 'utf8'))?.[1] ?? '') as { stage: Stage; number: number };
      return { id: f.replace(/\.mdx$/, ''), data };
    });
  return inReadingOrder(all);
}

describe('the built site follows the reading order', () => {
  const pages = indexSite(requireDist());
  const ordered = articlesInReadingOrder();
  const hrefs = ordered.map((a) => `/antipatterns/${a.id}/`);
  const html = (url: string) => parse(pages.get(url)?.html ?? '');

  it('every article has a stage, and every stage has at least one article', () => {
    expect(ordered.length).toBeGreaterThanOrEqual(9);
    expect(new Set(ordered.map((a) => a.data.stage))).toEqual(new Set(STAGES));
  });

  it('the index shows one section per stage, in order, each with its articles in reading order', () => {
    const page = html('/antipatterns/');
    const sections = page.querySelectorAll('main section').filter((s) => STAGES.includes(s.getAttribute('aria-labelledby') as Stage));
    expect(sections.map((s) => s.getAttribute('aria-labelledby'))).toEqual([...STAGES]);
    const cards = sections.flatMap((s) => s.querySelectorAll('.card-link').map((a) => a.getAttribute('href')));
    expect(cards).toEqual(hrefs);
    // The old origin groups still exist as sections, so links made before the stages keep landing.
    for (const id of ['from-the-article', 'from-the-field']) expect(page.getElementById(id)?.tagName).toBe('H3');
  });

  it('the home page groups its cards the same way, and every card keeps its public id', () => {
    const page = html('/');
    const cards = page.querySelectorAll('main .card-link').map((a) => a.getAttribute('href'));
    expect(cards).toEqual(hrefs);
    for (const stage of STAGES) expect(page.getElementById(stage)?.tagName).toBe('H3');
    for (const a of ordered) {
      const heading = page.getElementById(a.id);
      expect(heading?.tagName, a.id).toBe('H4');
      expect(heading?.hasAttribute('data-anchor'), `${a.id} is published to the link registry`).toBe(true);
    }
  });

  it('previous/next walk the articles in reading order, from the index to the framing pages after them', () => {
    hrefs.forEach((href, i) => {
      const nav = html(href).querySelector('nav.prev-next');
      expect(nav?.querySelector('a[rel=prev]')?.getAttribute('href'), `${href}: previous`).toBe(i === 0 ? '/antipatterns/' : hrefs[i - 1]);
      const next = nav?.querySelector('a[rel=next]')?.getAttribute('href');
      if (i < hrefs.length - 1) expect(next, `${href}: next`).toBe(hrefs[i + 1]);
      else expect(next, `${href}: next leaves the antipatterns`).not.toMatch(/^\/antipatterns\//);
    });
  });

  it('the sidebar lists the stages in order, each linking to its index group, with the current article under its stage', () => {
    for (const a of ordered) {
      const nav = html(`/antipatterns/${a.id}/`).querySelector('nav.guide-nav');
      const stageLinks = nav?.querySelectorAll('.stage-link').map((l) => l.getAttribute('href')) ?? [];
      expect(stageLinks).toEqual(STAGES.map((s) => `/antipatterns/#${s}`));
      const current = nav?.querySelector('a[aria-current=page]');
      expect(current?.getAttribute('href')).toBe(`/antipatterns/${a.id}/`);
      const stageOfCurrent = current?.closest('li.stage')?.querySelector('.stage-link')?.getAttribute('href');
      expect(stageOfCurrent, a.id).toBe(`/antipatterns/#${a.data.stage}`);
      // Whatever else the sidebar lists (all articles, or only the current one past its limit) is in reading order.
      const listed = nav?.querySelectorAll('li.stage ul a').map((l) => l.getAttribute('href')) ?? [];
      expect(listed).toEqual(hrefs.filter((h) => listed.includes(h)));
    }
  });
});
