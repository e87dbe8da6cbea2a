/**
 * How a fact's value reads in prose. Kept apart from the zod schema so code
 * that ships to the browser can format a fact without bundling zod.
 */
export interface FactValue {
  readonly value?: number | string;
  readonly unit?: string;
  readonly display?: string;
}

/** The value as it reads in prose: `display`, else "value unit" with thousands separators. */
export function factDisplay(fact: FactValue): string {
  if (fact.display) return fact.display;
  if (fact.value === undefined) return '';
  const value = typeof fact.value === 'number' ? fact.value.toLocaleString('en-US', { maximumFractionDigits: 10 }) : fact.value;
  return fact.unit ? `${value} ${fact.unit}` : value;
}
