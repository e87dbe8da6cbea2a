/**
 * Record file names in the shape ADR tools look for: `NNNN-title-with-dashes.md`
 * (MADR's convention; adr-tools lists `[0-9]+-*.md`, Backstage's ADR plugin
 * `\d{4}-.+\.md`). ASCII kebab case, bounded length, never empty.
 */

/** Longest slug, in characters: keeps paths short on every file system. */
export const MAX_SLUG = 60;
export const FALLBACK_SLUG = 'platform-decision';

/** A record number as four digits; anything but an integer 0–9999 becomes 1. */
export function recordNumber(value: number | string): string {
  const n = typeof value === 'number' ? value : /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : Number.NaN;
  return String(Number.isInteger(n) && n >= 0 && n <= 9999 ? n : 1).padStart(4, '0');
}

/** Latin letters that do not decompose into a base letter and an accent. */
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ð: 'd' };

/** ASCII kebab case: accents dropped, everything else but letters and digits becomes one dash. */
export function slugify(text: string, max = MAX_SLUG): string {
  const ascii = text
    .toLowerCase()
    .replace(/[ßæœøđłþð]/g, (c) => LIGATURES[c] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= max) return ascii;
  // Cut at a word boundary when one is near, so the name stays readable.
  const cut = ascii.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** `0001-run-checkout-on-serverless-functions.md`; falls back when the title has no ASCII letters or digits. */
export function recordFileName(number: number | string, title: string): string {
  return `${recordNumber(number)}-${slugify(title) || FALLBACK_SLUG}.md`;
}
