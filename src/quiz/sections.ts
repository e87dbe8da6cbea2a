/**
 * The article sections the quiz links to, as a typed registry.
 *
 * Why a registry: answers, rules and outcomes point at sections by key, so a
 * typo is a compile error, and a site test can check that every fragment
 * listed here still exists in the built pages. Only ids that the articles pin
 * explicitly (`## Heading [#id]`) belong here; renaming a heading keeps its id.
 */

export interface Section {
  /** Registry key: `<page>#<id>`, stable, used in code only. */
  readonly key: string;
  /** Site path of the page, with leading and trailing slash. */
  readonly path: string;
  /** The heading's fragment id on that page. */
  readonly id: string;
  /** "Page — Section", the text used when the link is shown or copied. */
  readonly title: string;
}

type SectionDef = Omit<Section, 'key'>;

const GOALS = '/goals/';
const FIT = '/fit/';
const BATCH = '/antipatterns/batch-jobs-on-a-timer/';
const DB = '/antipatterns/database-dependency/';
const ONPREM = '/antipatterns/on-premises-serverless/';

const DEFS = {
  'goals#operations': { path: GOALS, id: 'operations', title: 'Goals — A simpler operations model' },
  'goals#cost': { path: GOALS, id: 'cost', title: 'Goals — Paying only for what you use' },
  'goals#faas-vs-baas': { path: GOALS, id: 'faas-vs-baas', title: 'Goals — Two flavours of serverless' },
  'goals#neither': { path: GOALS, id: 'neither', title: 'Goals — When neither is your goal' },
  'goals#choosing': { path: GOALS, id: 'choosing', title: 'Goals — How to tell which goal matters to you' },

  'fit#good-fits': { path: FIT, id: 'good-fits', title: 'Where serverless fits — Good fits' },
  'fit#etl': { path: FIT, id: 'etl', title: 'Where serverless fits — Simple ETL transformations' },
  'fit#static-content': { path: FIT, id: 'static-content', title: 'Where serverless fits — Serving static content' },
  'fit#business-events': { path: FIT, id: 'business-events', title: 'Where serverless fits — Simple business events' },
  'fit#limits': { path: FIT, id: 'limits', title: 'Where serverless fits — Platform limits' },
  'fit#time-limits': { path: FIT, id: 'time-limits', title: 'Where serverless fits — Time limits' },
  'fit#cold-starts': { path: FIT, id: 'cold-starts', title: 'Where serverless fits — Cold starts' },
  'fit#state-limits': { path: FIT, id: 'state-limits', title: 'Where serverless fits — Limits on state' },
  'fit#outgrown': { path: FIT, id: 'outgrown', title: 'Where serverless fits — Signs you have outgrown it' },
  'fit#managed': { path: FIT, id: 'managed', title: 'Where serverless fits — When managed services fit better' },
  'fit#servers': { path: FIT, id: 'servers', title: 'Where serverless fits — When your own servers fit better' },

  'batch-jobs-on-a-timer#summary': { path: BATCH, id: 'summary', title: 'Batch jobs on a timer — Summary' },
  'batch-jobs-on-a-timer#symptoms': { path: BATCH, id: 'symptoms', title: 'Batch jobs on a timer — How to recognise it' },
  'batch-jobs-on-a-timer#why-it-hurts': { path: BATCH, id: 'why-it-hurts', title: 'Batch jobs on a timer — Why it hurts' },
  'batch-jobs-on-a-timer#hurts-operations': { path: BATCH, id: 'hurts-operations', title: 'Batch jobs on a timer — Simple operations' },
  'batch-jobs-on-a-timer#hurts-cost': { path: BATCH, id: 'hurts-cost', title: 'Batch jobs on a timer — Cost' },
  'batch-jobs-on-a-timer#timeouts': { path: BATCH, id: 'timeouts', title: 'Batch jobs on a timer — Timeouts grow with the backlog' },
  'batch-jobs-on-a-timer#instead': { path: BATCH, id: 'instead', title: 'Batch jobs on a timer — What to do instead' },
  'batch-jobs-on-a-timer#per-event': { path: BATCH, id: 'per-event', title: 'Batch jobs on a timer — Trigger per event' },
  'batch-jobs-on-a-timer#acceptable': { path: BATCH, id: 'acceptable', title: 'Batch jobs on a timer — When it is acceptable' },
  'batch-jobs-on-a-timer#scheduled-ok': { path: BATCH, id: 'scheduled-ok', title: 'Batch jobs on a timer — Scheduled work that is fine' },

  'database-dependency#summary': { path: DB, id: 'summary', title: 'Dependency on a database — Summary' },
  'database-dependency#symptoms': { path: DB, id: 'symptoms', title: 'Dependency on a database — How to recognise it' },
  'database-dependency#why-it-hurts': { path: DB, id: 'why-it-hurts', title: 'Dependency on a database — Why it hurts' },
  'database-dependency#own-data-layer': { path: DB, id: 'own-data-layer', title: 'Dependency on a database — Your own data layer' },
  'database-dependency#hurts-operations': { path: DB, id: 'hurts-operations', title: 'Dependency on a database — Simple operations' },
  'database-dependency#hurts-cost': { path: DB, id: 'hurts-cost', title: 'Dependency on a database — Cost' },
  'database-dependency#instead': { path: DB, id: 'instead', title: 'Dependency on a database — What to do instead' },
  'database-dependency#managed-data': { path: DB, id: 'managed-data', title: 'Dependency on a database — Managed data services' },
  'database-dependency#acceptable': { path: DB, id: 'acceptable', title: 'Dependency on a database — When it is acceptable' },
  'database-dependency#stateful-functions': { path: DB, id: 'stateful-functions', title: 'Dependency on a database — Stateful functions' },

  'on-premises-serverless#summary': { path: ONPREM, id: 'summary', title: 'On-premises serverless — Summary' },
  'on-premises-serverless#symptoms': { path: ONPREM, id: 'symptoms', title: 'On-premises serverless — How to recognise it' },
  'on-premises-serverless#why-it-hurts': { path: ONPREM, id: 'why-it-hurts', title: 'On-premises serverless — Why it hurts' },
  'on-premises-serverless#layers': { path: ONPREM, id: 'layers', title: 'On-premises serverless — The layer cake' },
  'on-premises-serverless#hurts-operations': { path: ONPREM, id: 'hurts-operations', title: 'On-premises serverless — Simple operations' },
  'on-premises-serverless#hurts-cost': { path: ONPREM, id: 'hurts-cost', title: 'On-premises serverless — Cost' },
  'on-premises-serverless#instead': { path: ONPREM, id: 'instead', title: 'On-premises serverless — What to do instead' },
  'on-premises-serverless#strip-a-layer': { path: ONPREM, id: 'strip-a-layer', title: 'On-premises serverless — Strip a layer' },
  'on-premises-serverless#acceptable': { path: ONPREM, id: 'acceptable', title: 'On-premises serverless — When it is acceptable' },
  'on-premises-serverless#hybrid': { path: ONPREM, id: 'hybrid', title: 'On-premises serverless — One architecture in two places' },
} as const satisfies Record<string, SectionDef>;

/** A reference to a registered section; anything else fails to compile. */
export type SectionRef = keyof typeof DEFS;

/** Every registered section, keyed by its ref. */
export const SECTIONS: { readonly [K in SectionRef]: Section } = Object.fromEntries(
  Object.entries(DEFS).map(([key, def]) => [key, { key, ...def }]),
) as { readonly [K in SectionRef]: Section };

/** All sections as a list, in registry order (for the site's link check). */
export const ALL_SECTIONS: readonly Section[] = Object.values(SECTIONS);

/** Runtime guard for refs that arrive as plain strings. */
export function isSectionRef(value: string): value is SectionRef {
  return Object.hasOwn(DEFS, value);
}

export function getSection(ref: SectionRef): Section {
  return SECTIONS[ref];
}

/** Site-relative link to a section: '/path/#id'. */
export function sectionUrl(ref: SectionRef): string {
  const { path, id } = SECTIONS[ref];
  return `${path}#${id}`;
}
