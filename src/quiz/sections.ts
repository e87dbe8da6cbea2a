/**
 * The guide sections the quiz links to, as refs `<page>#<heading id>`.
 *
 * No list is kept here: the refs are the ones the question records
 * (src/quiz/questions/) and the outcomes (outcomes.ts) cite, gathered below.
 * The path follows from the page (framing pages live at /<page>/,
 * antipatterns at /antipatterns/<page>/), and the label shown for a link
 * ("Page — Heading") is read from the article's real heading at build time
 * (src/lib/section-labels.ts), so labels cannot drift from the headings
 * they name. A ref with no such heading fails the build, naming the file
 * that cites it.
 */
import { antipatternHref, pageHref } from '../lib/guide-paths.ts';
import type { Question } from './question.ts';
import { QUESTION_RECORDS } from './questions/index.ts';
import { OUTCOMES } from './outcomes.ts';

/** Pages in content/pages/ (served at /<id>/); every other page is an antipattern article. */
export const FRAMING_PAGES = ['goals', 'fit'] as const;

/** A reference to a section: `<page id>#<heading id>`. */
export type SectionRef = `${string}#${string}`;

/** Each cited ref, with the file that cites it first (for error messages). */
function citations(): Map<SectionRef, string> {
  const cited = new Map<SectionRef, string>();
  const cite = (ref: SectionRef, file: string) => {
    if (!cited.has(ref)) cited.set(ref, file);
  };
  for (const record of QUESTION_RECORDS as readonly Question[]) {
    const file = `src/quiz/questions/${record.id}.ts`;
    for (const option of Object.values(record.options)) option.sections.forEach((ref) => cite(ref, file));
    for (const rule of record.rules ?? []) cite(rule.section, file);
    for (const warning of record.warnings ?? []) cite(warning.section, file);
  }
  for (const outcome of Object.values(OUTCOMES)) outcome.sections.forEach((ref) => cite(ref, 'src/quiz/outcomes.ts'));
  return cited;
}

const CITED = citations();

/** Every section the quiz cites, in the order first cited. */
export const SECTION_REFS: readonly SectionRef[] = [...CITED.keys()];

/** The file that cites a ref, for messages ("add the heading, or fix the ref in …"). */
export function citedIn(ref: SectionRef): string {
  return CITED.get(ref) ?? 'src/quiz/questions/';
}

export interface Section {
  /** Registry key: `<page>#<id>`. */
  readonly key: SectionRef;
  /** The content entry id (file name) of the page. */
  readonly page: string;
  /** Site path of the page, with leading and trailing slash. */
  readonly path: string;
  /** The heading's fragment id on that page. */
  readonly id: string;
}

/** Runtime guard: a ref the quiz cites. */
export function isSectionRef(value: string): value is SectionRef {
  return CITED.has(value as SectionRef);
}

/** The page, path and id of a section ref (`<page>#<id>`); a malformed ref throws a message naming it. */
export function getSection(ref: SectionRef): Section {
  const [page = '', id = '', ...rest] = ref.split('#');
  if (page === '' || id === '' || rest.length > 0) throw new Error(`Quiz section "${String(ref)}" is not written <page>#<heading id> (cited in ${citedIn(ref)}).`);
  const path = (FRAMING_PAGES as readonly string[]).includes(page) ? pageHref(page) : antipatternHref(page);
  return { key: ref, page, path, id };
}

/** All sections as a list, in registry order (for the site's link check). */
export const ALL_SECTIONS: readonly Section[] = SECTION_REFS.map(getSection);

/** Site-relative link to a section: '/path/#id'. */
export function sectionUrl(ref: SectionRef): string {
  const { path, id } = getSection(ref);
  return `${path}#${id}`;
}

/**
 * Labels for section links, read from the real headings at build time and
 * handed to whatever shows them (pages, islands, the decision record).
 */
export interface GuideLabels {
  /** Heading text per section ref. */
  readonly headings: { readonly [K in SectionRef]: string };
  /** Page title per page id. */
  readonly pages: { readonly [page: string]: string };
}

/** "Page title — Heading text", the label of a link to a section. */
export function sectionLabel(labels: GuideLabels, ref: SectionRef): string {
  const { page } = getSection(ref);
  return `${labels.pages[page] ?? page} — ${labels.headings[ref]}`;
}
