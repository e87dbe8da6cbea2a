/**
 * One fact of the registry as the cost model cites it (CitedFact). Shared by
 * the page build (entries from the `facts` collection, `checked` a Date) and
 * the unit tests (the raw JSON files, `checked` a YYYY-MM-DD string), so both
 * read the registry the same way. A fact nobody could compare with a current
 * copy of its source still prices the workload, but it carries the reason
 * instead of a date, and the page says which prices rest on such facts.
 */
import { factDisplay, type FactValue } from '../content/fact-display';
import type { CitedFact } from '../cost/prices';

export interface RegistryFact extends FactValue {
  readonly claim: string;
  readonly source: { readonly title: string; readonly url: string };
  readonly checked?: Date | string;
  readonly unverified?: { readonly why: string };
  readonly table?: { readonly rows: readonly (readonly [number, number])[] };
}

const isoDay = (day: Date | string) => (typeof day === 'string' ? day : day.toISOString().slice(0, 10));

/** The fact as cited data, or undefined when it has no numeric value to compute with. */
export function citedFact(id: string, fact: RegistryFact | undefined): CitedFact | undefined {
  if (!fact || typeof fact.value !== 'number') return undefined;
  return {
    id,
    value: fact.value,
    display: factDisplay(fact),
    claim: fact.claim,
    ...(fact.unit === undefined ? {} : { unit: fact.unit }),
    sourceTitle: fact.source.title,
    sourceUrl: fact.source.url,
    // The schema allows exactly one of the two; an unverified fact never lends a date.
    ...(fact.unverified ? { unverified: fact.unverified.why } : fact.checked !== undefined ? { checked: isoDay(fact.checked) } : {}),
    ...(fact.table ? { table: fact.table.rows } : {}),
  };
}
