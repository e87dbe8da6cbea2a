/**
 * A registry fact's figure as the site displays it, for question words.
 * Records import the fact JSON they quote (default imports with the JSON
 * attribute: Node, which runs the unit and browser tests, has no named
 * exports for JSON modules), so a figure is never typed in a question.
 */
import { factDisplay } from '../content/fact-display.ts';

/** Only `value` and `unit` are read. */
export const figure = (fact: Parameters<typeof factDisplay>[0]): string => factDisplay({ value: fact.value, unit: fact.unit });
