/**
 * Build-time rules for registry facts that do not need Astro: the build
 * date, when a fact counts as stale, how a date reads, and which fact ids a
 * page's MDX source uses. Framework-free so the tests and `npm run facts`
 * share them with the components.
 */

/** A fact checked longer ago than this before the build shows "may be out of date". */
export const STALE_AFTER_MONTHS = 12;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day the site is built: BUILD_DATE (YYYY-MM-DD) when set, so tests and
 * reproducible builds can pin it, otherwise today (UTC).
 */
export function buildDate(value: string | undefined = process.env.BUILD_DATE, now: Date = new Date()): Date {
  if (value === undefined || value === '') return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const date = new Date(`${value}T00:00:00Z`);
  if (!ISO_DAY.test(value) || Number.isNaN(date.getTime()) || isoDay(date) !== value) {
    throw new Error(`BUILD_DATE="${value}" is not a calendar date written YYYY-MM-DD (for example BUILD_DATE=2026-11-27).`);
  }
  return date;
}

/** YYYY-MM-DD in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "27 Nov 2026": how a checked date reads next to a fact. */
export function humanDay(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The day STALE_AFTER_MONTHS calendar months after `checked` (clamped to the month's last day). */
export function staleFrom(checked: Date): Date {
  const y = checked.getUTCFullYear();
  const m = checked.getUTCMonth() + STALE_AFTER_MONTHS;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(checked.getUTCDate(), last)));
}

/** True when the fact was checked more than 12 months before the build date. */
export function isStale(checked: Date, build: Date): boolean {
  return build.getTime() > staleFrom(checked).getTime();
}

/** Whole days from `checked` to `build`. */
export function ageInDays(checked: Date, build: Date): number {
  return Math.floor((build.getTime() - checked.getTime()) / 86_400_000);
}

/**
 * The registry ids a page's MDX uses, in order of first use: every
 * `<Fact id="…">` outside fenced code blocks.
 */
export function factIdsIn(mdx: string): string[] {
  const ids: string[] = [];
  const withoutCode = mdx.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const match of withoutCode.matchAll(/<Fact\b[^>]*?\bid=(["'])([^"']+)\1/g)) {
    const id = match[2]!;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
