/**
 * The Sources list of a page: frontmatter sources first (in their order),
 * then each registry fact's source not already listed. One entry per URL;
 * when several facts share a source, the earliest checked date is shown,
 * because that is how fresh the whole entry really is. A fact nobody could
 * compare with a current copy of its source marks its entry unverified,
 * with the reason, and lends the entry no date.
 */
import type { Fact } from '../content/fact-schema';
import { factCheck } from './facts';
import type { Source } from '../content/schema';

export interface SourceLine {
  title: string;
  url: string;
  publisher: string;
  author?: string;
  year?: number;
  note?: string;
  /** "as of" for frontmatter sources, "checked" for registry facts; none when only unverified facts cite it. */
  date?: Date;
  kind: 'page' | 'fact';
  /** Why a fact from this source could not be compared with a current copy (set when any could not). */
  unverified?: string;
}

/** URLs that differ only by a trailing slash or fragment are one source. */
export function sourceKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.toString().replace(/\/$/, '').toLowerCase();
}

export function pageSources(sources: readonly Source[], facts: readonly Pick<Fact, 'source' | 'checked' | 'unverified'>[]): SourceLine[] {
  const out: SourceLine[] = [];
  const byKey = new Map<string, SourceLine>();
  for (const s of sources) {
    const key = sourceKey(s.url);
    const existing = byKey.get(key);
    if (existing) {
      if (existing.date === undefined || s.asOf < existing.date) existing.date = s.asOf;
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
    const check = factCheck(f);
    const line: SourceLine = byKey.get(key) ?? { title: f.source.title, url: f.source.url, publisher: f.source.publisher, kind: 'fact' };
    if (!byKey.has(key)) {
      byKey.set(key, line);
      out.push(line);
    }
    if (check.kind === 'unverified') line.unverified ??= check.why;
    else if (line.date === undefined || check.on < line.date) line.date = check.on;
  }
  return out;
}
