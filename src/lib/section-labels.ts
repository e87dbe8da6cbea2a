/**
 * The labels of the quiz's section links, read from the articles' real
 * headings (the ids the pinned-heading plugin set at parse time). Computed
 * once per build and passed to the pages and islands that show them, so a
 * reworded heading changes every label that names it.
 */
import { getCollection, render } from 'astro:content';
import { FRAMING_PAGES, SECTION_REFS, citedIn, getSection, type GuideLabels, type SectionRef } from '../quiz/sections.ts';

async function load(): Promise<GuideLabels> {
  const [pages, antipatterns] = await Promise.all([getCollection('pages'), getCollection('antipatterns')]);
  const entries = new Map([...pages, ...antipatterns].map((entry) => [entry.id, entry]));
  const framing = new Set(pages.map((p) => p.id));
  const headings = new Map<string, Map<string, string>>();
  const sectionHeadings = {} as Record<SectionRef, string>;
  const titles: Record<string, string> = {};
  for (const entry of entries.values()) titles[entry.id] = entry.data.title;

  for (const ref of SECTION_REFS) {
    const { page, id, path } = getSection(ref);
    const entry = entries.get(page);
    if (entry === undefined || framing.has(page) !== (FRAMING_PAGES as readonly string[]).includes(page)) {
      throw new Error(`Quiz section "${ref}" names the page "${page}", which is not ${path} in content/. The ref is cited in ${citedIn(ref)}.`);
    }
    let ids = headings.get(page);
    if (ids === undefined) {
      const rendered = await render(entry);
      ids = new Map(rendered.headings.map((h) => [h.slug, h.text]));
      headings.set(page, ids);
    }
    const text = ids.get(id);
    if (text === undefined) {
      throw new Error(
        `Quiz section "${ref}" has no heading [#${id}] on ${path} (${entry.filePath ?? page}; ids there: ${[...ids.keys()].join(', ')}). The ref is cited in ${citedIn(ref)}.`,
      );
    }
    sectionHeadings[ref] = text;
  }
  return { headings: sectionHeadings, pages: titles };
}

let cached: Promise<GuideLabels> | undefined;

/** Section and page labels for the whole build (computed once). */
export function getGuideLabels(): Promise<GuideLabels> {
  cached ??= load();
  return cached;
}
