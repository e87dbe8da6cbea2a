/** The facts a record cites exist in the registry, and the time-limit fact has a number in minutes. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { RECORD_FACT_IDS, TIME_LIMIT_FACT } from '../../../src/records/fact-ids.ts';

const factFile = (id: string) => new URL(`../../../content/facts/${id}.json`, import.meta.url);

describe('facts cited by decision records', () => {
  it.each(RECORD_FACT_IDS)('%s is in the registry', (id) => {
    expect(existsSync(factFile(id))).toBe(true);
  });

  it('the time-limit fact is a number of minutes', () => {
    const fact = JSON.parse(readFileSync(factFile(TIME_LIMIT_FACT), 'utf8'));
    expect(typeof fact.value).toBe('number');
    expect(fact.unit).toBe('minutes');
  });
});
