/** The site paths listed in the built sitemap (dist/sitemap-*.xml). */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export function sitemapPaths(): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('No dist/sitemap-*.xml: run `npm run build` first.');
  const paths = new Set<string>();
  for (const file of files) {
    const xml = readFileSync(`${dist}${file}`, 'utf8');
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.add(new URL(m[1]!).pathname);
  }
  return [...paths].sort();
}
