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

/** What a fact's citation can say about its source: a check on a day, or that no current copy was compared. */
export type FactCheck =
  | { readonly kind: 'checked'; readonly on: Date }
  | { readonly kind: 'unverified'; readonly why: string };

/** A registry entry's check, from its `checked` or `unverified` field (the schema requires exactly one). */
export function factCheck(fact: { readonly checked?: Date | undefined; readonly unverified?: { readonly why: string } | undefined }): FactCheck {
  if (fact.unverified) return { kind: 'unverified', why: fact.unverified.why };
  if (fact.checked) return { kind: 'checked', on: fact.checked };
  throw new Error('A fact has neither "checked" nor "unverified"; the schema should have refused it.');
}

/**
 * The badge a fact's citation carries at a build date: "unverified" when no
 * current copy of its source was compared (no date is shown then, so none
 * can pass for a check), "stale" when the check is older than
 * STALE_AFTER_MONTHS, none otherwise.
 */
export function factBadge(check: FactCheck, build: Date): 'unverified' | 'stale' | undefined {
  if (check.kind === 'unverified') return 'unverified';
  return isStale(check.on, build) ? 'stale' : undefined;
}

/** The words of each badge, shared by the component and the tests. */
export const FACT_BADGE_TEXT = { stale: 'may be out of date', unverified: 'not verified against a current source' } as const;
