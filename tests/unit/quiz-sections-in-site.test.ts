/**
 * Every guide section the quiz links to (trace lines, warnings, options,
 * outcomes) exists in the built site as a page with that element id.
 */
import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, OUTCOMES, QUESTIONS, RULES, WARNING_RULES, sectionUrl, type SectionRef } from '../../src/quiz/index.ts';
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
      ...Object.values(QUESTIONS).flatMap((q) => q.options.flatMap((o) => o.sections)),
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
});
