/**
 * A registry fact's figure for components that print it inside their own
 * words (diagrams, captions): the value as the site writes it, read at
 * build time, so no component types a platform figure of its own.
 */
import { getEntry } from 'astro:content';
import { factDisplay } from '../content/fact-display';

export interface FactFigure {
  readonly id: string;
  readonly value: number | string;
  /** As prose writes it: "15 minutes", "$0.20 per million requests". */
  readonly display: string;
}

/** The figure of content/facts/<id>.json; throws naming `usedBy` when the fact is missing or has no value. */
export async function factFigure(id: string, usedBy: string): Promise<FactFigure> {
  const entry = await getEntry('facts', id);
  if (!entry || entry.data.value === undefined) {
    throw new Error(`${usedBy} shows the figure of content/facts/${id}.json, which is missing or has no "value".`);
  }
  return { id, value: entry.data.value, display: factDisplay(entry.data) };
}
