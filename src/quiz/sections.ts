/**
 * The guide sections the quiz links to, as a typed list of refs
 * (`<page>#<heading id>`), so a typo is a compile error.
 *
 * Only the ref is written here. The path follows from the page (framing
 * pages live at /<page>/, antipatterns at /antipatterns/<page>/), and the
 * label shown for a link ("Page — Heading") is read from the article's real
 * heading at build time (src/lib/section-labels.ts), so labels cannot drift
 * from the headings they name. A ref with no such heading fails the build.
 */
import { antipatternHref, pageHref } from '../lib/guide-paths.ts';

/** Pages in content/pages/ (served at /<id>/); every other page is an antipattern article. */
export const FRAMING_PAGES = ['goals', 'fit'] as const;

export const SECTION_REFS = [
  'goals#operations',
  'goals#cost',
  'goals#faas-vs-baas',
  'goals#neither',
  'goals#choosing',

  'fit#good-fits',
  'fit#etl',
  'fit#static-content',
  'fit#business-events',
  'fit#limits',
  'fit#time-limits',
  'fit#size-limits',
  'fit#cold-starts',
  'fit#state-limits',
  'fit#outgrown',
  'fit#managed',
  'fit#servers',

  'batch-jobs-on-a-timer#summary',
  'batch-jobs-on-a-timer#symptoms',
  'batch-jobs-on-a-timer#why-it-hurts',
  'batch-jobs-on-a-timer#hurts-operations',
  'batch-jobs-on-a-timer#hurts-cost',
  'batch-jobs-on-a-timer#timeouts',
  'batch-jobs-on-a-timer#instead',
  'batch-jobs-on-a-timer#per-event',
  'batch-jobs-on-a-timer#acceptable',
  'batch-jobs-on-a-timer#scheduled-ok',

  'database-dependency#summary',
  'database-dependency#symptoms',
  'database-dependency#why-it-hurts',
  'database-dependency#own-data-layer',
  'database-dependency#hurts-operations',
  'database-dependency#hurts-cost',
  'database-dependency#instead',
  'database-dependency#managed-data',
  'database-dependency#acceptable',
  'database-dependency#stateful-functions',

  'on-premises-serverless#summary',
  'on-premises-serverless#symptoms',
  'on-premises-serverless#why-it-hurts',
  'on-premises-serverless#layers',
  'on-premises-serverless#hurts-operations',
  'on-premises-serverless#hurts-cost',
  'on-premises-serverless#instead',
  'on-premises-serverless#strip-a-layer',
  'on-premises-serverless#acceptable',
  'on-premises-serverless#hybrid',

  'synchronous-function-chains#summary',
  'synchronous-function-chains#why-it-hurts',
  'synchronous-function-chains#queue',

  'hand-built-orchestration#summary',
  'hand-built-orchestration#symptoms',
  'hand-built-orchestration#time-limit',
  'hand-built-orchestration#instead',

  'unbounded-concurrency#summary',
  'unbounded-concurrency#outruns',
  'unbounded-concurrency#queue-and-cap',
  'unbounded-concurrency#elastic',

  'recursive-invocation-loops#summary',
  'recursive-invocation-loops#why-it-hurts',
  'recursive-invocation-loops#separate-outputs',

  'cold-starts-on-critical-paths#summary',
  'cold-starts-on-critical-paths#why-it-hurts',

  'vendor-lock-in#summary',
  'vendor-lock-in#premium',
  'vendor-lock-in#decide',
  'vendor-lock-in#thin-seams',
] as const;

/** A reference to a registered section; anything else fails to compile. */
export type SectionRef = (typeof SECTION_REFS)[number];

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

/** Where the refs are defined, for error messages. */
export const SECTIONS_FILE = 'src/quiz/sections.ts';

/** Runtime guard for refs that arrive as plain strings. */
export function isSectionRef(value: string): value is SectionRef {
  return (SECTION_REFS as readonly string[]).includes(value);
}

/** The page, path and id of a section; an unknown ref throws a message naming it and this file. */
export function getSection(ref: SectionRef): Section {
  if (!isSectionRef(ref)) {
    throw new Error(`Unknown quiz section "${String(ref)}": add it to SECTION_REFS in ${SECTIONS_FILE} (as <page>#<heading id>).`);
  }
  const [page = '', id = ''] = ref.split('#');
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
