/**
 * The section ids the content pins with `## Heading [#id]` markers, per
 * page path, read from the MDX sources (h2 and h3 only, outside code fences).
 * Tests compare against this instead of a hand-kept list, so adding an
 * article or a section needs no test edit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const MARKER = /^#{2,3} .*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

/** The pinned ids of one MDX text, in document order. */
export function pinnedIdsOf(text: string): string[] {
  const ids: string[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const id = fenced ? undefined : MARKER.exec(line)?.[1];
    if (id) ids.push(id);
  }
  return ids;
}

/** `{ "/antipatterns/<slug>/": [ids…], "/<page>/": [ids…] }` for every article and framing page. */
export function pinnedIds(content: string = CONTENT): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const collections: Array<[folder: string, path: (slug: string) => string]> = [
    ['antipatterns', (slug) => `/antipatterns/${slug}/`],
    ['pages', (slug) => `/${slug}/`],
  ];
  for (const [folder, path] of collections) {
    for (const file of readdirSync(join(content, folder)).filter((f) => f.endsWith('.mdx')).sort()) {
      out[path(file.replace(/\.mdx$/, ''))] = pinnedIdsOf(readFileSync(join(content, folder, file), 'utf8'));
    }
  }
  return out;
}
