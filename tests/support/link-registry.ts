/**
 * The linking contract: a committed list of every public URL and fragment.
 * Design docs link to these for years, so each must keep resolving: to the
 * page itself or through a redirect, and to an element id on that page
 * (a heading, or an alias target left behind when a heading was renamed).
 */
// Explicit .ts extensions: scripts/registry-update.ts runs this file under plain Node (type stripping).
import { parse } from 'node-html-parser';
import { resolvePage, type PageInfo } from './site-index.ts';

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

/** Public fragments: section headings, old heading ids kept as aliases, anything marked data-anchor. */
export function publicIds(page: PageInfo): string[] {
  return parse(page.html)
    .querySelectorAll('main h2[id], main h3[id], main .alias-target[id], main [data-anchor][id]')
    .map((el) => el.getAttribute('id') ?? '')
    .filter(Boolean);
}

/** What `current` publishes that `registry` lacks: "/page/" or "/page/#id" lines. */
export function unregistered(registry: LinkRegistry, current: LinkRegistry): string[] {
  const missing: string[] = [];
  for (const [url, ids] of Object.entries(current)) {
    if (!(url in registry)) missing.push(url);
    for (const id of ids) if (!registry[url]?.includes(id)) missing.push(`${url}#${id}`);
  }
  return missing;
}

/**
 * The registry with everything `current` publishes added, sorted by URL and
 * id. Nothing is ever removed: a link once published stays in the contract.
 */
export function mergeRegistry(registry: LinkRegistry, current: LinkRegistry): LinkRegistry {
  const merged: LinkRegistry = { ...registry };
  for (const [url, ids] of Object.entries(current)) merged[url] = [...new Set([...(merged[url] ?? []), ...ids])].sort();
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
}
