/**
 * How a fact's value reads in prose. Kept apart from the zod schema so code
 * that ships to the browser can format a fact without bundling zod.
 */
export interface FactValue {
  readonly value?: number | string;
  readonly unit?: string;
  readonly display?: string;
}

/** A number as the site writes it: en-US, thousands separators, no rounding ("1,769", "0.00001667"). */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 10 });
}

/** The value as it reads in prose: `display`, else "value unit" with thousands separators. */
export function factDisplay(fact: FactValue): string {
  if (fact.display) return fact.display;
  if (fact.value === undefined) return '';
  const value = typeof fact.value === 'number' ? formatNumber(fact.value) : fact.value;
  return fact.unit ? `${value} ${fact.unit}` : value;
}

/** Small counts the guide spells out in prose ("up to one year", "default to zero"). */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "1 August 2025": how a date value reads in prose (the citation's short month is for checked dates). */
export function proseDay(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when `display` shows `value`, so the words a page prints and the figure
 * the code computes with cannot drift apart:
 * - a number appears as the site formats it (`formatNumber`), as a whole
 *   token; a price may pad its decimals ("$0.20" shows 0.2), and a whole
 *   number from zero to ten may be spelled out ("one");
 * - a day (YYYY-MM-DD) appears as "1 August 2025";
 * - any other string appears as a word or phrase of its own, in any case.
 */
export function displayRendersValue(value: number | string, display: string): boolean {
  if (typeof value === 'number') {
    const formatted = formatNumber(value);
    for (const [token] of display.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
      const unpadded = token.includes('.') ? token.replace(/0+$/, '').replace(/\.$/, '') : token;
      if (token === formatted || unpadded === formatted) return true;
    }
    const word = Number.isInteger(value) ? NUMBER_WORDS[value] : undefined;
    return word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(display);
  }
  const shown = ISO_DAY.test(value) ? proseDay(value) : value;
  return new RegExp(`(^|[^\\w-])${escape(shown)}($|[^\\w-])`, 'i').test(display);
}
