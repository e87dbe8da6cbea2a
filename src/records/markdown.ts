/**
 * Making untrusted text safe inside Markdown that other tools parse.
 *
 * Every interpolated value goes through `inline()` (text) or `href()` (link
 * targets): a stray `*`, `[`, `<` or `#` must not change a record's
 * structure, and a line break in a name must not start a new block.
 */

/**
 * Characters that are never wanted in a one-line name: control characters
 * and bidirectional overrides/isolates (which can make text display in a
 * different order than it is stored). Right-to-left letters themselves stay.
 */
const INVISIBLE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF]/gu;

/** A user-typed name as one clean line: normalised, no control characters, bounded. */
export function cleanName(raw: string, max = 80): string {
  const flat = raw.normalize('NFC').replace(/\s+/g, ' ').replace(INVISIBLE, '').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Escapes Markdown-significant ASCII punctuation and flattens line breaks. */
export function inline(text: string): string {
  return text
    .replace(INVISIBLE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `\\${c}`);
}

/** Makes a URL safe inside `(...)` of a Markdown link. */
export function href(url: string): string {
  let normal: string;
  try {
    // Absolute URLs come back percent-encoded once (never twice).
    normal = new URL(url).href;
  } catch {
    normal = encodeURI(url);
  }
  return normal.replace(/[()[\]<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[title](url)` with both parts escaped. */
export function link(title: string, url: string): string {
  return `[${inline(title)}](${href(url)})`;
}

/** A list item per entry, or the fallback sentence when there are none. */
export function bullets(items: readonly string[], fallback?: string): string[] {
  if (items.length === 0) return fallback === undefined ? [] : [fallback];
  return items.map((item) => `* ${item}`);
}
