/** The cost model's price book built from the real facts registry files, as the page builds it. */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { citedFact } from '../../../src/lib/cited-fact';
import { priceBook, type CitedFact } from '../../../src/cost/prices';

const FACTS = fileURLToPath(new URL('../../../content/facts/', import.meta.url));

export function registryLookup(id: string): CitedFact | undefined {
  const file = `${FACTS}${id}.json`;
  if (!existsSync(file)) return undefined;
  return citedFact(id, JSON.parse(readFileSync(file, 'utf8')));
}

export const book = priceBook(registryLookup);
