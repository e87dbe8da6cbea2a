/** The cost model's price book built from the real facts registry files, as the page builds it. */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { citedFact } from '../../../src/lib/cited-fact';
import { priceBook, type CitedFact } from '../../../src/cost/prices';
import { DEFAULT_INPUTS } from '../../../src/cost/inputs';
import type { Inputs } from '../../../src/cost/model';

const FACTS = fileURLToPath(new URL('../../../content/facts/', import.meta.url));

export function registryLookup(id: string): CitedFact | undefined {
  const file = `${FACTS}${id}.json`;
  if (!existsSync(file)) return undefined;
  return citedFact(id, JSON.parse(readFileSync(file, 'utf8')));
}

/** Prices, limits and the facts cited. */
export const data = priceBook(registryLookup);
export const { book, limits } = data;

/** The page's defaults with some fields changed. */
export const inputs = (changes: Partial<Inputs> = {}): Inputs => ({ ...DEFAULT_INPUTS, ...changes });
