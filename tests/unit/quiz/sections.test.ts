import { describe, expect, it } from 'vitest';
import {
  ALL_SECTIONS,
  OUTCOMES,
  OUTCOME_ORDER,
  QUESTIONS,
  QUESTION_ORDER,
  RULES,
  SECTIONS,
  WARNING_RULES,
  isSectionRef,
  sectionUrl,
  type SectionRef,
} from '../../../src/quiz/index.ts';
import { pinnedIds } from '../../support/pinned-ids';

// The fragments the articles pin (read from their `[#id]` markers); the registry may use these and nothing else.
const PINNED = pinnedIds();

/** Every section ref the quiz's data points at, with where it came from. */
function usedRefs(): Array<{ where: string; ref: string }> {
  const used: Array<{ where: string; ref: string }> = [];
  for (const q of QUESTION_ORDER) {
    for (const option of QUESTIONS[q].options) {
      for (const ref of option.sections) used.push({ where: `question ${q}/${option.value}`, ref });
    }
  }
  for (const rule of RULES) used.push({ where: `rule ${rule.id}`, ref: rule.section });
  for (const warning of WARNING_RULES) used.push({ where: `warning ${warning.id}`, ref: warning.section });
  for (const o of OUTCOME_ORDER) for (const ref of OUTCOMES[o].sections) used.push({ where: `outcome ${o}`, ref });
  return used;
}

describe('section registry', () => {
  it('lists only fragments the articles pin, each once', () => {
    const seen = new Set<string>();
    for (const section of ALL_SECTIONS) {
      expect(PINNED[section.path], `${section.key}: unknown page`).toBeDefined();
      expect(PINNED[section.path]).toContain(section.id);
      const url = `${section.path}#${section.id}`;
      expect(seen.has(url), `${url} registered twice`).toBe(false);
      seen.add(url);
    }
  });

  it('keys, paths and titles are well formed', () => {
    for (const section of ALL_SECTIONS) {
      expect(section.path).toMatch(/^\/[a-z0-9/-]*\/$/);
      expect(section.id).toMatch(/^[a-z0-9-]+$/);
      expect(section.key.endsWith(`#${section.id}`)).toBe(true);
      expect(section.title).toMatch(/^.+ — .+$/);
    }
  });

  it('every section ref used by questions, rules, warnings and outcomes is registered', () => {
    const used = usedRefs();
    expect(used.length).toBeGreaterThan(50);
    const missing = used.filter(({ ref }) => !isSectionRef(ref));
    expect(missing).toEqual([]);
  });

  it('each antipattern page is linked from at least one rule or warning', () => {
    const linkedPaths = new Set([...RULES, ...WARNING_RULES].map((r) => SECTIONS[r.section].path));
    for (const path of Object.keys(PINNED).filter((p) => p.startsWith('/antipatterns/'))) {
      expect(linkedPaths, path).toContain(path);
    }
  });

  it('sectionUrl builds /path/#id', () => {
    expect(sectionUrl('database-dependency#own-data-layer')).toBe('/antipatterns/database-dependency/#own-data-layer');
    expect(sectionUrl('goals#neither')).toBe('/goals/#neither');
  });

  it('rejects unknown refs at runtime and at compile time', () => {
    expect(isSectionRef('goals#nope')).toBe(false);
    expect(isSectionRef('toString')).toBe(false);
    // @ts-expect-error: not a registered section (checked by tsc, not at runtime)
    const bad: SectionRef = 'fit#nope';
    expect(isSectionRef(bad)).toBe(false);
  });
});
