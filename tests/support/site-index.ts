/**
 * Reads a built site (dist/) into what link checks need: every page's URL,
 * the element ids on it, its internal links, and where it redirects to.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

export interface PageInfo {
  /** Site path with a trailing slash, e.g. "/goals/". */
  url: string;
  file: string;
  ids: Set<string>;
  /** Raw href values of <a> and <link rel=canonical> etc. on the page. */
  hrefs: string[];
  /** For redirect stubs: the path the page forwards to. */
  redirectTo?: string;
  html: string;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name === 'pagefind' || name === '_astro') continue;
      yield* htmlFiles(path);
    } else if (name.endsWith('.html')) yield path;
  }
}

/** "goals/index.html" → "/goals/"; "404.html" → "/404.html". */
export function fileToUrl(rel: string): string {
  const posix = rel.split(sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

export function indexSite(distDir: string): Map<string, PageInfo> {
  const pages = new Map<string, PageInfo>();
  for (const file of htmlFiles(distDir)) {
    const html = readFileSync(file, 'utf8');
    const root = parse(html);
    const ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
    const hrefs = root.querySelectorAll('a[href]').map((el) => el.getAttribute('href') ?? '');
    const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    const redirectTo = refresh ? /url=(.+)$/i.exec(refresh)?.[1]?.trim() : undefined;
    const url = fileToUrl(relative(distDir, file));
    pages.set(url, { url, file, ids, hrefs, html, ...(redirectTo ? { redirectTo } : {}) });
  }
  return pages;
}

/** Follows redirect stubs (at most a few hops) to the page that answers a path. */
export function resolvePage(pages: Map<string, PageInfo>, path: string): PageInfo | undefined {
  let page = pages.get(path);
  for (let hops = 0; page?.redirectTo && hops < 5; hops++) {
    page = pages.get(new URL(page.redirectTo, 'http://x').pathname);
  }
  return page;
}
