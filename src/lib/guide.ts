/**
 * The guide's reading order, built from the content collections: the
 * sidebar, previous/next links and the home page cards all read it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byNumber } from './article-numbers';
import { inReadingOrder, type Stage } from './stages';
import { MAP_PATH, QUIZ_PATH } from '../quiz/routes.ts';

export interface GuideLink {
  href: string;
  title: string;
  /** Short label for the sidebar ("No. 2 Dependency on a database"). */
  label: string;
  group: 'start' | 'antipatterns' | 'decide';
  /** For an antipattern article: the stage it is grouped under (see ./stages.ts). */
  stage?: Stage;
}

/**
 * Every antipattern in reading order: stage first, then number. The build
 * stops if two share a number (byNumber names both files).
 */
export async function getAntipatterns(): Promise<CollectionEntry<'antipatterns'>[]> {
  return inReadingOrder(byNumber(await getCollection('antipatterns')));
}

export async function getFramingPages(): Promise<CollectionEntry<'pages'>[]> {
  const all = await getCollection('pages');
  return all.sort((a, b) => a.data.order - b.data.order);
}

import { antipatternHref, pageHref } from './guide-paths';
export { antipatternHref, pageHref };

/** Every guide page in reading order. */
export async function getGuideOrder(): Promise<GuideLink[]> {
  const [pages, antipatterns] = await Promise.all([getFramingPages(), getAntipatterns()]);
  const goals = pages.filter((p) => p.id === 'goals');
  const rest = pages.filter((p) => p.id !== 'goals');
  return [
    ...goals.map((p) => ({ href: pageHref(p.id), title: p.data.title, label: p.data.title, group: 'start' as const })),
    { href: '/antipatterns/', title: 'Antipatterns', label: 'All antipatterns', group: 'antipatterns' },
    ...antipatterns.map((a) => ({
      href: antipatternHref(a.id),
      title: a.data.title,
      label: `No. ${a.data.number}: ${a.data.title}`,
      group: 'antipatterns' as const,
      stage: a.data.stage,
    })),
    ...rest.map((p) => ({ href: pageHref(p.id), title: p.data.title, label: p.data.title, group: 'decide' as const })),
    { href: QUIZ_PATH, title: 'Decision quiz', label: 'Decision quiz', group: 'decide' },
    { href: MAP_PATH, title: 'Decision map', label: 'Decision map', group: 'decide' },
    { href: '/cost/', title: 'What would it cost?', label: 'Cost estimate', group: 'decide' },
    { href: '/assess/', title: 'Assess a system', label: 'Assess a system', group: 'decide' },
  ];
}

/** Previous and next pages around `href` in reading order. */
export function neighbours(order: GuideLink[], href: string): { prev?: GuideLink; next?: GuideLink } {
  const i = order.findIndex((l) => l.href === href);
  if (i < 0) return {};
  return { prev: order[i - 1], next: order[i + 1] };
}
