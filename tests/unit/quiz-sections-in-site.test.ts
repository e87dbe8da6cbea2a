/**
 * Every guide section the quiz links to (trace lines, warnings, options,
 * outcomes) exists in the built site as a page with that element id.
 */
import { allQuestionText } from '../../src/quiz/question-text.ts';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, OUTCOMES, RULES, WARNING_RULES, sectionUrl, type SectionRef } from '../../src/quiz/index.ts';
import { requireDist } from '../support/dist';
import { indexSite } from '../support/site-index';

describe('quiz links into the built guide', () => {
  const pages = indexSite(requireDist());

  it('every registered section is a page and an element id', () => {
    const broken = ALL_SECTIONS.filter((s) => !pages.get(s.path)?.ids.has(s.id)).map(
      (s) => `${s.path}#${s.id} (ids there: ${[...(pages.get(s.path)?.ids ?? [])].join(', ') || 'no such page'})`,
    );
    expect(broken).toEqual([]);
    expect(ALL_SECTIONS.length).toBeGreaterThan(20);
  });

  it('every rule, warning, option and outcome links to a registered section', () => {
    const refs: SectionRef[] = [
      ...RULES.map((r) => r.section),
      ...WARNING_RULES.map((w) => w.section),
      ...Object.values(allQuestionText()).flatMap((q) => Object.values(q.options).flatMap((o): readonly SectionRef[] => o.sections)),
      ...Object.values(OUTCOMES).flatMap((o) => o.sections),
    ];
    const urls = refs.map(sectionUrl);
    const missing = urls.filter((url) => {
      const [path, id] = url.split('#');
      return !pages.get(path!)?.ids.has(id!);
    });
    expect(missing).toEqual([]);
    expect(urls.length).toBeGreaterThan(40);
  });

  // Labels such as "Where serverless fits — Time limits" are read from the
  // headings at build time; this proves, on the built pages, that every such
  // link names the page title and the heading text it lands on.
  it('every "Page — Section" link names the heading it lands on', () => {
    const text = (html: string | undefined) => (html ?? '').replace(/\s+/g, ' ').trim();
    const drift: string[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      for (const a of parse(page.html).querySelectorAll('a[href*="#"]')) {
        const label = text(a.textContent).replace(/^Read: /, '');
        const href = a.getAttribute('href') ?? '';
        if (!label.includes(' — ') || !href.startsWith('/')) continue;
        const [path = '', id = ''] = href.split('#');
        const target = pages.get(path);
        if (target === undefined) continue; // internal-links.test.ts reports broken links
        const root = parse(target.html);
        const expected = `${text(root.querySelector('h1')?.textContent)} — ${text(root.getElementById(id)?.textContent)}`;
        checked++;
        if (label !== expected) drift.push(`${page.url}: "${label}" → ${href} reads "${expected}"`);
      }
    }
    expect(drift).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });
});
