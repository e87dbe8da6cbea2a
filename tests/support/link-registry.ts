/**
 * The linking contract: a committed list of every public URL and fragment.
 * Design docs link to these for years, so each must keep resolving: to the
 * page itself or through a redirect, and to an element id on that page
 * (a heading, or an alias target left behind when a heading was renamed).
 */
import { resolvePage, type PageInfo } from './site-index';

/** `{ "/goals/": ["cost", "operations"], … }`: page → fragments. */
export type LinkRegistry = Record<string, string[]>;

export interface RegistryProblem {
  link: string;
  problem: string;
}

export function checkRegistry(registry: LinkRegistry, pages: Map<string, PageInfo>): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  for (const [url, fragments] of Object.entries(registry)) {
    const page = resolvePage(pages, url);
    if (!page) {
      problems.push({ link: url, problem: 'page is gone and no redirect points on from it' });
      continue;
    }
    for (const id of fragments) {
      if (!page.ids.has(id)) {
        problems.push({
          link: `${url}#${id}`,
          problem: `no element with id "${id}" on ${page.url}; add it to the page's "aliases" frontmatter (old id → new id)`,
        });
      }
    }
  }
  return problems;
}

/**
 * What the built site publishes today: every page (not 404) with its public
 * ids, and every redirect stub (old URLs are public too) with none of its own.
 */
export function currentRegistry(pages: Map<string, PageInfo>, publicIds: (page: PageInfo) => string[]): LinkRegistry {
  const out: LinkRegistry = {};
  const urls = [...pages.keys()].filter((u) => !u.endsWith('.html')).sort();
  for (const url of urls) {
    const page = pages.get(url)!;
    out[url] = page.redirectTo ? [] : publicIds(page).sort();
  }
  return out;
}
