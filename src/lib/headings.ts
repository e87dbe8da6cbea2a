/**
 * Heading helpers for guide pages. Ids are set once, at parse time, from the
 * `[#id]` marker (src/integrations/pinned-heading-ids.mjs), so `headings`
 * from render() already carry the final id and text.
 */
export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** The table of contents entries for a rendered page (h2 and h3 only). */
export function tocEntries(headings: ReadonlyArray<{ depth: number; slug: string; text: string }>): TocEntry[] {
  const out: TocEntry[] = [];
  for (const h of headings) {
    if (h.depth !== 2 && h.depth !== 3) continue;
    out.push({ depth: h.depth, id: h.slug, text: h.text });
  }
  return out;
}

/** `{ old: current }` → `{ current: [old, …] }`, for rendering alias targets. */
export function invertAliases(aliases: Readonly<Record<string, string>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [oldId, current] of Object.entries(aliases)) (out[current] ??= []).push(oldId);
  return out;
}
