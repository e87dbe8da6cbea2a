/**
 * The facts a decision record cites, read from the facts registry at build
 * time: the function time limit the revisit triggers measure against, and
 * the checked date of every fact the record relies on. Passed to the
 * islands as props, so the browser never needs the registry.
 */
import { getCollection } from 'astro:content';
import type { FactDate, TimeLimit } from '../records/types.ts';
import pkg from '../../package.json';
import { RECORD_FACT_IDS, TIME_LIMIT_FACT } from '../records/fact-ids.ts';

/** The guide's version as records state it: package.json's, the one release number. */
export const RECORD_GUIDE_VERSION: string = pkg.version;

export interface RecordFacts {
  readonly facts: FactDate[];
  readonly timeLimit?: TimeLimit;
}

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** A record states the day each fact was checked, so it cites only checked facts. */
function checkedDay(id: string, fact: { checked?: Date | undefined }): string {
  if (!fact.checked) throw new Error(`content/facts/${id}.json is unverified: decision records cite only facts checked against a current source.`);
  return isoDate(fact.checked);
}

export async function recordFacts(): Promise<RecordFacts> {
  const all = await getCollection('facts');
  const byId = new Map(all.map((f) => [f.id, f.data]));
  // Every id exists (tests/unit/records/record-facts.test.ts), so none is skipped in practice.
  const facts = RECORD_FACT_IDS.flatMap((id) => {
    const f = byId.get(id);
    // A short label: the islands carry these as props on every result page.
    return f ? [{ id, label: `${f.product}, longest run: ${f.value} ${f.unit ?? ''}`.trim(), checked: checkedDay(id, f), url: f.source.url, provider: f.provider }] : [];
  });
  const limit = byId.get(TIME_LIMIT_FACT);
  const minutes =
    typeof limit?.value === 'number' && limit.unit === 'minutes' ? limit.value : typeof limit?.value === 'number' && limit.unit === 'seconds' ? limit.value / 60 : undefined;
  return {
    facts,
    timeLimit: limit && minutes !== undefined ? { product: limit.product, provider: limit.provider, minutes, checked: checkedDay(TIME_LIMIT_FACT, limit) } : undefined,
  };
}
