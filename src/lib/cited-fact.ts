/**
 * One fact of the registry as the cost model cites it (CitedFact). Shared by
 * the page build (entries from the `facts` collection, `checked` a Date) and
 * the unit tests (the raw JSON files, `checked` a YYYY-MM-DD string), so both
 * read the registry the same way. The cost model computes only with facts
 * checked against a current source: an unverified price stops the build.
 */
import { factDisplay, type FactValue } from '../content/fact-display';
import type { CitedFact } from '../cost/prices';

export interface RegistryFact extends FactValue {
  readonly claim: string;
  readonly source: { readonly title: string; readonly url: string };
  readonly checked?: Date | string;
  readonly unverified?: unknown;
}

/** The fact as cited data, or undefined when it has no numeric value to compute with. */
export function citedFact(id: string, fact: RegistryFact | undefined): CitedFact | undefined {
  if (!fact || typeof fact.value !== 'number') return undefined;
  if (fact.checked === undefined || fact.unverified !== undefined) {
    throw new Error(`content/facts/${id}.json is unverified: the cost model computes only with facts checked against a current source. Re-check it, or stop the cost model from using it.`);
  }
  return {
    id,
    value: fact.value,
    display: factDisplay(fact),
    claim: fact.claim,
    ...(fact.unit === undefined ? {} : { unit: fact.unit }),
    sourceTitle: fact.source.title,
    sourceUrl: fact.source.url,
    checked: typeof fact.checked === 'string' ? fact.checked : fact.checked.toISOString().slice(0, 10),
  };
}
