/**
 * The Sources list of a page: frontmatter sources first (in their order),
 * then each registry fact's source not already listed. One entry per URL;
 * when several facts share a source, the earliest checked date is shown,
 * because that is how fresh the whole entry really is.
 */
import type { Fact } from '../content/fact-schema';
import type { Source } from '../content/schema';

export interface SourceLine {
  title: string;
  url: string;
  publisher: string;
  author?: string;
  year?: number;
  note?: string;
  /** "as of" for frontmatter sources, "checked" for registry facts. */
  date: Date;
  kind: 'page' | 'fact';
}

/** URLs that differ only by a trailing slash or fragment are one source. */
export function sourceKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.toString().replace(/\/$/, '').toLowerCase();
}

export function pageSources(sources: readonly Source[], facts: readonly Pick<Fact, 'source' | 'checked'>[]): SourceLine[] {
  const out: SourceLine[] = [];
  const byKey = new Map<string, SourceLine>();
  for (const s of sources) {
    const key = sourceKey(s.url);
    const existing = byKey.get(key);
    if (existing) {
      if (s.asOf < existing.date) existing.date = s.asOf;
      continue;
    }
    const line: SourceLine = { title: s.title, url: s.url, publisher: s.publisher, date: s.asOf, kind: 'page' };
    if (s.author !== undefined) line.author = s.author;
    if (s.year !== undefined) line.year = s.year;
    if (s.note !== undefined) line.note = s.note;
    byKey.set(key, line);
    out.push(line);
  }
  for (const f of facts) {
    const key = sourceKey(f.source.url);
    const existing = byKey.get(key);
    if (existing) {
      if (f.checked < existing.date) existing.date = f.checked;
      continue;
    }
    const line: SourceLine = { title: f.source.title, url: f.source.url, publisher: f.source.publisher, date: f.checked, kind: 'fact' };
    byKey.set(key, line);
    out.push(line);
  }
  return out;
}
