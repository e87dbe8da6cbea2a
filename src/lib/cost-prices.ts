/**
 * Build-time bridge from the facts registry to the cost model: looks up
 * the price facts by id and returns plain data the island can take as props.
 */
import { getCollection } from 'astro:content';
import { costBookOf, priceBook, type PriceBookData } from '../cost/prices';
import type { CostBook } from '../cost/summary';
import { citedFact } from './cited-fact';

export async function loadPriceBook(): Promise<PriceBookData> {
  const facts = await getCollection('facts');
  const byId = new Map(facts.map((f) => [f.id, f.data]));
  return priceBook((id) => citedFact(id, byId.get(id)));
}

/** The price book as plain data for islands and decision records. */
export async function loadCostBook(): Promise<CostBook> {
  return costBookOf(await loadPriceBook());
}
