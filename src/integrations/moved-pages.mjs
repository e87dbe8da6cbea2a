// @ts-check
/**
 * The old paths listed in articles' `redirectFrom` frontmatter, read at
 * config time so the sitemap can leave the redirect stubs out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** @param {string} contentDir @returns {Set<string>} */
export function movedPaths(contentDir) {
  const paths = new Set();
  for (const folder of ['antipatterns', 'pages']) {
    for (const file of readdirSync(join(contentDir, folder)).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(join(contentDir, folder, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---/.exec(text);
      const data = match ? parse(match[1] ?? '') : null;
      for (const from of data?.redirectFrom ?? []) paths.add(String(from));
    }
  }
  return paths;
}
