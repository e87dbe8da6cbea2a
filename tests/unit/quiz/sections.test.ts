/**
 * The section registry's own contract. Whether each ref is a real heading,
 * and whether the labels match the headings, is checked against the built
 * site (tests/unit/quiz-sections-in-site.test.ts) and by the build itself.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { optionText } from '../../../src/quiz/question-text.ts';
import {
  ALL_SECTIONS,
  OUTCOMES,
  OUTCOME_ORDER,
  QUESTIONS,
  QUESTION_ORDER,
  RULES,
  SECTION_REFS,
  WARNING_RULES,
  getSection,
  isSectionRef,
  sectionUrl,
  type SectionRef,
} from '../../../src/quiz/index.ts';

/** Every section ref the quiz's data points at, with where it came from. */
function usedRefs(): Array<{ where: string; ref: string }> {
  const used: Array<{ where: string; ref: string }> = [];
  for (const q of QUESTION_ORDER) {
    for (const option of QUESTIONS[q].options) {
      for (const ref of optionText(q, option.value)?.sections ?? []) used.push({ where: `question ${q}/${option.value}`, ref });
    }
  }
  for (const rule of RULES) used.push({ where: `rule ${rule.id}`, ref: rule.section });
  for (const warning of WARNING_RULES) used.push({ where: `warning ${warning.id}`, ref: warning.section });
  for (const o of OUTCOME_ORDER) for (const ref of OUTCOMES[o].sections) used.push({ where: `outcome ${o}`, ref });
  return used;
}

describe('section registry', () => {
  it('lists each ref once, and every ref is well formed', () => {
    expect(new Set(SECTION_REFS).size).toBe(SECTION_REFS.length);
    for (const section of ALL_SECTIONS) {
      expect(section.path).toMatch(/^\/[a-z0-9/-]*\/$/);
      expect(section.id).toMatch(/^[a-z0-9-]+$/);
      expect(section.key).toBe(`${section.page}#${section.id}`);
    }
  });

  it('every section ref used by questions, rules, warnings and outcomes is registered', () => {
    const missing = usedRefs().filter(({ ref }) => !isSectionRef(ref));
    expect(missing).toEqual([]);
  });

  it('every antipattern article is pointed at by a quiz rule or warning (what README "Adding an article" promises)', () => {
    const articles = readdirSync(fileURLToPath(new URL('../../../content/antipatterns/', import.meta.url)))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''));
    expect(articles.length).toBeGreaterThanOrEqual(16);
    const cited = new Set([...RULES.map((r) => r.section), ...WARNING_RULES.map((w) => w.section)].map((ref) => getSection(ref).page));
    expect(articles.filter((a) => !cited.has(a))).toEqual([]);
  });

  it('warnings point at antipattern articles', () => {
    for (const warning of WARNING_RULES) expect(getSection(warning.section).path).toMatch(/^\/antipatterns\/[a-z0-9-]+\/$/);
  });

  it('sectionUrl builds /path/#id for framing pages and antipatterns', () => {
    expect(sectionUrl('database-dependency#own-data-layer')).toBe('/antipatterns/database-dependency/#own-data-layer');
    expect(sectionUrl('goals#neither')).toBe('/goals/#neither');
  });

  it('a ref the quiz does not cite is not one of its sections; a malformed ref throws naming it', () => {
    expect(isSectionRef('goals#nope')).toBe(false);
    expect(isSectionRef('toString')).toBe(false);
    expect(() => sectionUrl('fit#a#b' as SectionRef)).toThrow(/"fit#a#b" is not written <page>#<heading id>/);
    expect(() => sectionUrl('#nope' as SectionRef)).toThrow(/"#nope"/);
  });
});
