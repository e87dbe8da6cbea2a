/**
 * Build-time bridge from the facts registry and the quiz to the cost model:
 * looks up the price facts by id, reads the daily shapes' codes from the
 * quiz's traffic question, and returns plain data the islands take as props.
 */
import { getCollection } from 'astro:content';
import { costBookOf, priceBook, type PriceBookData } from '../cost/prices';
import { shapeCodes } from '../cost/shapes';
import type { CostBook } from '../cost/summary';
import { QUESTIONS } from '../quiz/questions';
import { citedFact } from './cited-fact';

export async function loadPriceBook(): Promise<PriceBookData> {
  const facts = await getCollection('facts');
  const byId = new Map(facts.map((f) => [f.id, f.data]));
  return priceBook((id) => citedFact(id, byId.get(id)), shapeCodes(QUESTIONS.traffic));
}

/** The price book as plain data for islands and decision records. */
export async function loadCostBook(): Promise<CostBook> {
  return costBookOf(await loadPriceBook());
}
