/**
 * Cost inputs in links other pages make: a result page's inputs (its
 * traffic answer's shape, then any cost parameters in its address), the
 * defaults for an assessment's workload, and the query that opens /cost/
 * with some inputs. Apart from inputs.ts so /cost/, which needs none of
 * them, does not load them.
 */
import { PEAK, PROVIDERS, type Inputs, type Shape } from './model.ts';
import { CHOICE_FIELDS, DEFAULT_INPUTS, FLAGS, LINK_VERSION, NUMERIC_FIELDS, PARAM, choices, codeOf, parseInputs, rule, type InputRules, type ParsedInputs } from './inputs.ts';

/** Default inputs for a quiz traffic answer and, when known, the team's provider ("Not sure" or no answer keeps the model's default). */
export function defaultsFor(traffic?: string, provider?: string): Inputs {
  const shape = traffic !== undefined && Object.hasOwn(PEAK, traffic) ? (traffic as Shape) : undefined;
  const p = PROVIDERS.find((x) => x === provider);
  return { ...DEFAULT_INPUTS, ...(shape ? { shape } : {}), ...(p ? { provider: p } : {}) };
}

/** The query string for some inputs (only what differs from the defaults, so links stay short; versioned when not empty). */
export function serializeInputs(inputs: Inputs, rules: InputRules, defaults: Inputs = DEFAULT_INPUTS): string {
  const params = new URLSearchParams();
  const table = choices(rules);
  for (const field of CHOICE_FIELDS) {
    if (inputs[field] !== defaults[field]) params.set(PARAM[field], codeOf(table, field, inputs[field]));
  }
  for (const field of FLAGS) if (inputs[field] !== defaults[field]) params.set(PARAM[field], inputs[field] ? '1' : '0');
  for (const field of NUMERIC_FIELDS) {
    const value = inputs[field];
    if (value === undefined || value === defaults[field]) continue;
    const scale = rule(field, rules).scale;
    params.set(PARAM[field], String(scale ? Math.round((value / scale) * 1000) / 1000 : value));
  }
  if ([...params.keys()].length === 0) return '';
  return `v=${LINK_VERSION}&${params.toString()}`;
}

/**
 * The inputs on a result page (the panel and the decision record read the
 * same): the quiz's traffic answer sets the default daily shape, and cost
 * parameters in the address override it.
 */
export function inputsForResult(search: string, traffic: string | undefined, rules: InputRules, provider?: string): ParsedInputs {
  return parseInputs(search, rules, defaultsFor(traffic, provider));
}
