/**
 * The cost inputs of one personal result, read the same way by the brief's
 * monthly figure, the cost panel and the decision record: the workload's own
 * figures from the answers (volume, time per event and memory, each the
 * middle of the answered range: src/quiz/workload-figures.ts), the daily
 * shape from the traffic answer, the provider from the cloud answer, then
 * whatever the reader typed on the page (n, d and m in the address, and any
 * other cost parameter) on top. `team` names the fields that are the team's
 * own; everything else is the model's assumption.
 */
import { PARAM, parseInputs, type FieldError, type FieldId, type InputRules } from '../../cost/inputs.ts';
import { defaultsFor, inputsForResult } from '../../cost/links.ts';
import { estimate, type Inputs, type OptionId, type PriceBook } from '../../cost/model.ts';
import type { Answers } from '../../quiz/questions.ts';
import { workloadFigures, type FigureId } from '../../quiz/workload-figures.ts';

/** The cost field each workload figure fills. */
export const FIGURE_FIELD = { volume: 'events', runtime: 'durationMs', memory: 'memoryMb' } as const satisfies { [F in FigureId]: FieldId };
type FigureField = (typeof FIGURE_FIELD)[FigureId];

export interface ResultInputs {
  readonly inputs: Inputs;
  readonly errors: readonly FieldError[];
  /** Fields the team gave: answered figures, typed figures, the traffic answer's shape, the cloud answer's provider. */
  readonly team?: ReadonlySet<FieldId>;
  /** Figures held inside the function limits the model accepts (memory above the largest function, say). */
  readonly capped: readonly FigureField[];
  /** The starting inputs before anything typed in the address: what the panel's fields reset to. */
  readonly start: Inputs;
  /** The range each assumed figure could take (a figure typed on the page is the team's, with no range). */
  readonly spans: { readonly [F in FigureField]?: readonly [number, number] };
}

const PROVIDERS = ['aws', 'azure', 'google-cloud'];

export function resultInputs(search: string, answers: Answers, limits: InputRules): ResultInputs {
  const figures = workloadFigures(answers);
  const cloud = PROVIDERS.includes(answers.cloud ?? '') ? answers.cloud : undefined;
  const start: Inputs = defaultsFor(answers.traffic, cloud);
  const bounds: { [F in FigureField]: [number, number] } = { events: [1, Infinity], durationMs: [1, limits.maxDurationMs], memoryMb: [limits.minMemoryMb, limits.maxMemoryMb] };
  // Held inside the model's bounds, and rounded as a person would type it (three digits of a volume, whole ms and MB).
  const fit = (field: FigureField, v: number) => {
    const held = Math.min(Math.max(v, bounds[field][0]), bounds[field][1]);
    return field === 'events' ? Number(held.toPrecision(3)) : Math.round(held);
  };
  const capped: FigureField[] = [];
  const spans: { [F in FigureField]?: readonly [number, number] } = {};
  const params = new URLSearchParams(search);
  const team = new Set<FieldId>();
  for (const id of Object.keys(FIGURE_FIELD) as FigureId[]) {
    const field = FIGURE_FIELD[id];
    const { value, span, source } = figures[id];
    start[field] = fit(field, value);
    if (value < bounds[field][0] || value > bounds[field][1]) capped.push(field);
    if (params.has(PARAM[field])) team.add(field);
    else if (source === 'team') team.add(field);
    else spans[field] = [fit(field, span[0]), fit(field, span[1])];
  }
  if (start.shape === answers.traffic) team.add('shape');
  if (cloud !== undefined) team.add('provider');
  const { inputs, errors } = parseInputs(params, limits, start);
  // A typed figure that could not be read leaves the answered one, which is the team's only if it was answered.
  for (const id of Object.keys(FIGURE_FIELD) as FigureId[]) {
    const field = FIGURE_FIELD[id];
    const { span, source } = figures[id];
    if (source === 'team' || !errors.some((e) => e.field === field)) continue;
    team.delete(field);
    spans[field] = [fit(field, span[0]), fit(field, span[1])];
  }
  return { inputs, errors, team, capped, start, spans };
}

/** The inputs of a result page whose address has cost inputs but no answers: the model's defaults, then those inputs. */
export function costOnly(search: string, limits: InputRules): ResultInputs {
  const { inputs, errors } = inputsForResult(search, undefined, limits);
  return { inputs, errors, capped: [], start: defaultsFor(), spans: {} };
}

/**
 * The monthly bill of one option, and when some figure is assumed, its
 * range: the bill with every assumed figure at the low end of its range and
 * at the high end (every bill in the model grows with volume, time and
 * memory, so those are the extremes).
 */
export function billOf(r: ResultInputs, option: OptionId, book: PriceBook): { total: number; low?: number; high?: number } {
  const total = estimate(r.inputs, book)[option].total;
  const ends = Object.entries(r.spans) as [FigureField, readonly [number, number]][];
  if (ends.length === 0) return { total };
  const at = (k: 0 | 1) => estimate({ ...r.inputs, ...Object.fromEntries(ends.map(([f, s]) => [f, s[k]])) }, book)[option].total;
  return { total, low: at(0), high: at(1) };
}
