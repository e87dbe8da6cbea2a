/**
 * Internal link checking over a built site: every same-site URL a page
 * points at (links, forms, images, scripts, social meta) must land on a
 * page or file, and its #fragment on an element id there.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { resolvePage, type PageInfo } from './site-index';

export interface BrokenLink {
  /** The page the link is on. */
  page: string;
  href: string;
  problem: string;
  /** Ids on the target page, when the page exists but the fragment does not. */
  existingIds?: string[];
}

/** Attributes that hold a URL, by selector. `meta` content is a URL only for these properties. */
const URL_ATTRIBUTES: ReadonlyArray<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['form[action]', 'action'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['source[src]', 'src'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
  ['astro-island[component-url]', 'component-url'],
  ['astro-island[renderer-url]', 'renderer-url'],
];

/** Every URL-valued attribute on a page, in document order per kind. */
export function linksOn(html: string): string[] {
  const root = parse(html);
  const out: string[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of root.querySelectorAll(selector)) out.push(el.getAttribute(attribute) ?? '');
  }
  return out;
}

/**
 * Resolves one href from `page` and says what is wrong with it, or
 * undefined when it is fine or external. `origin` is the site's public
 * origin: absolute links to it are internal.
 */
export function checkLink(
  pages: Map<string, PageInfo>,
  distDir: string,
  page: PageInfo,
  href: string,
  origin: string,
): Omit<BrokenLink, 'page' | 'href'> | undefined {
  const raw = href.trim();
  if (raw === '') return { problem: 'empty URL' };
  if (/^(mailto|tel|sms):/i.test(raw)) return undefined;
  if (/^javascript:/i.test(raw)) return { problem: 'javascript: URL' };
  const base = new URL(page.url, origin);
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { problem: 'not a valid URL' };
  }
  if (url.origin !== origin) return undefined; // External (other origin, or data:).
  const path = decodeURIComponent(url.pathname);
  const fragment = decodeURIComponent(url.hash.slice(1));

  const target = resolvePage(pages, path);
  if (!target) {
    const file = join(distDir, path);
    if (!path.endsWith('/') && existsSync(file) && statSync(file).isFile()) return undefined; // An asset.
    const hint = pages.has(`${path}/`) ? ` (the page is at ${path}/: the site uses trailing slashes)` : '';
    return { problem: `no page or file at ${path}${hint}` };
  }
  if (fragment && !target.ids.has(fragment)) {
    return { problem: `no element with id "${fragment}" on ${target.url}`, existingIds: [...target.ids].sort() };
  }
  return undefined;
}

/** All broken internal links of a site. */
export function findBrokenLinks(pages: Map<string, PageInfo>, distDir: string, origin: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const page of pages.values()) {
    for (const href of new Set(linksOn(page.html))) {
      const problem = checkLink(pages, distDir, page, href, origin);
      if (problem) broken.push({ page: page.url, href, ...problem });
    }
  }
  return broken;
}

/** "page → href: problem", then the ids the target does have. */
export function formatBrokenLinks(broken: BrokenLink[]): string {
  return broken
    .map((b) => {
      const ids = b.existingIds ? `\n    ids on the target: ${b.existingIds.join(', ') || '(none)'}` : '';
      return `  ${b.page} → ${b.href}: ${b.problem}${ids}`;
    })
    .join('\n');
}
