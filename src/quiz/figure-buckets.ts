/**
 * The workload's own figures as quiz answers: events a month, time per
 * event and memory, each asked as a choice of ranges (a team rarely knows
 * more than the order of magnitude, and "Not sure" covers them all). The
 * bounds are data in the question records; the labels are written from
 * them here, and the cost model reads the same bounds, so a label and the
 * figure it stands for cannot disagree.
 */

/** What a figure counts. */
export type FigureUnit = 'events' | 'ms' | 'MB';

/** An option's range, [low, high] in the question's unit; the first option reads "under", the last "more than". */
export type Span = readonly [low: number, high: number];

/** The middle of a range on a log scale: what one estimate takes for "somewhere in this range". */
export function typical([low, high]: Span): number {
  return Math.sqrt(low * high);
}

function events(n: number): string {
  if (n >= 1e9) return `${n / 1e9} billion`;
  if (n >= 1e6) return `${n / 1e6} million`;
  return n.toLocaleString('en-US');
}

function ms(n: number): string {
  if (n >= 60_000) return n === 60_000 ? 'a minute' : `${n / 60_000} minutes`;
  if (n >= 1000) return `${n / 1000} ${n === 1000 ? 'second' : 'seconds'}`;
  return `${n} ms`;
}

function mb(n: number): string {
  return n >= 1024 ? `${n / 1024} GB` : `${n} MB`;
}

const WRITE: { readonly [U in FigureUnit]: (n: number) => string } = { events, ms, MB: mb };

/** "Under 1 million", "1 million to 10 million", "More than 1 billion". */
export function spanLabel(span: Span, unit: FigureUnit, position: 'first' | 'middle' | 'last'): string {
  const write = WRITE[unit];
  if (position === 'first') return `Under ${write(span[1])}`;
  if (position === 'last') return `More than ${write(span[0])}`;
  return `${write(span[0])} to ${write(span[1])}`;
}

/** An option of a figure question as written in its record: everything but the label, which its span gives. */
export interface FigureOption {
  readonly code: string;
  readonly span: Span;
  readonly sections: readonly `${string}#${string}`[];
  readonly since?: number;
}

/** The options of a figure question, each labelled from its span (in the order written). */
export function figureOptions<V extends string>(
  unit: FigureUnit,
  options: { readonly [K in V]: FigureOption },
): { readonly [K in V]: FigureOption & { readonly label: string } } {
  const entries = Object.entries<FigureOption>(options);
  return Object.fromEntries(
    entries.map(([value, option], i) => [value, { ...option, label: spanLabel(option.span, unit, i === 0 ? 'first' : i === entries.length - 1 ? 'last' : 'middle') }]),
  ) as { readonly [K in V]: FigureOption & { readonly label: string } };
}
