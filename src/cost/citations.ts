/**
 * The cost page's list of sources: one entry per source page and status,
 * with the claims read there. Facts checked on the same page share one
 * entry (dated by the earliest check, which is how fresh the whole entry
 * is); facts nobody could compare with a current copy get an entry of their
 * own, with the reason and no date, so a check never vouches for them.
 */
import type { CitedFact } from './prices.ts';

export interface Citation {
  url: string;
  title: string;
  /** The claims read on that page, in the order the model reads them. */
  claims: string[];
  /** YYYY-MM-DD, the earliest check among them; absent when unverified. */
  checked?: string;
  /** Why the page could not be compared (the first fact's reason); absent when checked. */
  unverified?: string;
}

export function citations(cited: readonly CitedFact[]): Citation[] {
  const out = new Map<string, Citation>();
  for (const f of cited) {
    const key = `${f.sourceUrl} ${f.unverified === undefined ? 'checked' : 'unverified'}`;
    const entry = out.get(key);
    if (!entry) {
      out.set(key, { url: f.sourceUrl, title: f.sourceTitle, claims: [f.claim], ...(f.unverified === undefined ? { checked: f.checked } : { unverified: f.unverified }) });
      continue;
    }
    if (!entry.claims.includes(f.claim)) entry.claims.push(f.claim);
    if (f.checked && entry.checked && f.checked < entry.checked) entry.checked = f.checked;
  }
  return [...out.values()];
}
