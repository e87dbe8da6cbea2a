/**
 * The daily shapes' codes in a cost link. Three shapes are the quiz's
 * traffic answers, so their codes are the traffic question's own (read from
 * its record, never retyped); the flat shape is the cost model's and has a
 * code of its own. The caller passes the quiz's question in (at build time,
 * src/lib/cost-prices.ts), so the browser gets this small table as data and
 * never the quiz's records.
 */
import type { QuestionDef } from '../quiz/questions.ts';
import { UNSURE } from '../quiz/question.ts';
import { PEAK, type Shape } from './model.ts';
import type { ShapeCodes } from './inputs.ts';

/** The address code of the model's own flat shape. */
export const FLAT_CODE = 'f';

/** Code → shape: every concrete traffic answer with its quiz code, then flat. Throws on a code clash. */
export function shapeCodes(traffic: Pick<QuestionDef<'traffic'>, 'options'>): ShapeCodes {
  const out: Record<string, Shape> = {};
  for (const option of traffic.options) {
    // "Not sure" has no shape: the cost model's default applies.
    if (option.value === UNSURE) continue;
    if (!Object.hasOwn(PEAK, option.value)) throw new Error(`The quiz's traffic answer "${option.value}" has no daily shape: add its peak to PEAK in src/cost/model.ts.`);
    out[option.code] = option.value as Shape;
  }
  if (Object.hasOwn(out, FLAT_CODE)) throw new Error(`The quiz's traffic answer "${out[FLAT_CODE]}" uses the code "${FLAT_CODE}", which cost links use for a flat load: give the flat shape another code in src/cost/shapes.ts.`);
  out[FLAT_CODE] = 'flat';
  return out;
}
