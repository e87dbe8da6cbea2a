/**
 * Build-time bridge from the facts registry to the cost model: looks up
 * the price facts by id and returns plain data the island can take as props.
 */
import { getCollection } from 'astro:content';
import { factDisplay } from '../content/fact-schema';
import { costBookOf, priceBook, type CitedFact, type PriceBook } from '../cost/prices';
import type { CostBook } from '../cost/summary';

export async function loadPriceBook(): Promise<PriceBook> {
  const facts = await getCollection('facts');
  const byId = new Map(facts.map((f) => [f.id, f.data]));
  return priceBook((id): CitedFact | undefined => {
    const fact = byId.get(id);
    if (!fact || typeof fact.value !== 'number') return undefined;
    return {
      id,
      value: fact.value,
      display: factDisplay(fact),
      claim: fact.claim,
      unit: fact.unit,
      sourceTitle: fact.source.title,
      sourceUrl: fact.source.url,
      checked: fact.checked.toISOString().slice(0, 10),
    };
  });
}

/** The price book as plain data for islands and decision records. */
export async function loadCostBook(): Promise<CostBook> {
  return costBookOf(await loadPriceBook());
}
