/** The cost model's price book built from the real facts registry files, as the page builds it. */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { factDisplay } from '../../../src/content/fact-schema';
import { priceBook, type CitedFact } from '../../../src/cost/prices';

const FACTS = fileURLToPath(new URL('../../../content/facts/', import.meta.url));

export function registryLookup(id: string): CitedFact | undefined {
  const file = `${FACTS}${id}.json`;
  if (!existsSync(file)) return undefined;
  const fact = JSON.parse(readFileSync(file, 'utf8'));
  return {
    id,
    value: fact.value,
    display: factDisplay(fact),
    claim: fact.claim,
    unit: fact.unit,
    sourceTitle: fact.source.title,
    sourceUrl: fact.source.url,
    checked: fact.checked,
  };
}

export const book = priceBook(registryLookup);
