/**
 * Where the built site is, and which pages it publishes: the sitemap's
 * URLs as site paths, plus the pages a sitemap leaves out on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distProblem, distState } from './dist-stamp.mjs';

export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Pages every crawl covers although the sitemap omits them. */
export const EXTRA_PATHS = ['/404.html', '/search/?q=kafka'] as const;

/**
 * The built site's directory, or a clear stop when nothing is built yet or
 * the build is older than the sources (tests would otherwise fail on stale
 * pages with messages that never mention the build).
 */
export function requireDist(dir: string = DIST_DIR, root: string = ROOT_DIR): string {
  const problem = distProblem(distState(root, dir));
  if (problem) throw new Error(problem);
  return dir;
}

/** The configured public origin: SITE_URL, else `site` in astro.config.mjs. */
export function siteOrigin(): string {
  if (process.env.SITE_URL) return new URL(process.env.SITE_URL).origin;
  const config = readFileSync(fileURLToPath(new URL('../../astro.config.mjs', import.meta.url)), 'utf8');
  const fallback = /process\.env\.SITE_URL\s*\?\?\s*['"]([^'"]+)['"]/.exec(config)?.[1];
  const literal = /\bsite:\s*['"]([^'"]+)['"]/.exec(config)?.[1];
  return new URL(fallback ?? literal ?? 'https://really-serverless.example.org').origin;
}

/** Site paths ("/goals/") of every <url><loc> in dist/sitemap-N.xml, sorted. */
export function sitemapPaths(dir: string = requireDist()): string[] {
  const files = readdirSync(dir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error(`No sitemap-N.xml in ${dir}; is @astrojs/sitemap still configured?`);
  const paths = new Set<string>();
  for (const file of files) {
    const xml = readFileSync(join(dir, file), 'utf8');
    for (const match of xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>/g)) {
      const url = new URL(match[1]!.trim());
      paths.add(url.pathname + url.search);
    }
  }
  return [...paths].sort();
}

/** Sitemap pages plus /404.html and a search with results. */
export function crawlPaths(dir?: string): string[] {
  return [...sitemapPaths(dir), ...EXTRA_PATHS];
}
