/**
 * Heading ids that survive rewording. An author pins an id by ending the
 * heading with a marker, `## What to do instead [#instead]`; the marker is
 * stripped from the text and becomes the id. Headings without one fall back
 * to the generated slug.
 */
const MARKER = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

export interface PinnedHeading {
  /** Heading text (or HTML) without the marker. */
  text: string;
  /** The pinned id, or undefined when the heading has no marker. */
  pinned: string | undefined;
}

export function splitMarker(text: string): PinnedHeading {
  const match = MARKER.exec(text);
  if (!match) return { text, pinned: undefined };
  return { text: text.slice(0, match.index), pinned: match[1] };
}

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
    const { text, pinned } = splitMarker(h.text);
    out.push({ depth: h.depth, id: pinned ?? h.slug, text });
  }
  return out;
}

/** `{ old: current }` → `{ current: [old, …] }`, for rendering alias targets. */
export function invertAliases(aliases: Readonly<Record<string, string>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [oldId, current] of Object.entries(aliases)) (out[current] ??= []).push(oldId);
  return out;
}
