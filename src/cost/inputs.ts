/**
 * The cost inputs as they live in the address bar: short parameter names,
 * defaults when a parameter is absent, and one clear message per bad value.
 * A bad value never reaches the model: the field falls back to its default
 * and the message says so, so the page never shows NaN, Infinity or an
 * empty chart.
 *
 *   n   events per month            (e.g. 5000000, 5e6 or 5,000,000)
 *   s   daily shape: s spiky, v variable, h steady and high (the quiz's traffic codes)
 *   d   average duration, milliseconds
 *   m   function memory, MB
 *   w   share of the duration spent waiting on I/O, percent
 *   vp  price of one virtual machine, USD per hour
 */
import { VOLUME_MAX, type Inputs, type Shape } from './model.ts';

export type FieldId = 'events' | 'shape' | 'durationMs' | 'memoryMb' | 'ioWait' | 'vmHourly';

/** URL parameter of each field. */
export const PARAM: { readonly [F in FieldId]: string } = {
  events: 'n',
  shape: 's',
  durationMs: 'd',
  memoryMb: 'm',
  ioWait: 'w',
  vmHourly: 'vp',
};

export const SHAPE_CODE: { readonly [S in Shape]: string } = { spiky: 's', variable: 'v', 'steady-high': 'h' };

/** Bounds the page enforces; the function limits come from the facts registry. */
export interface Limits {
  /** Longest function run, ms (the platform's timeout). */
  maxDurationMs: number;
  /** Largest function memory, MB. */
  maxMemoryMb: number;
}

export const DEFAULT_INPUTS: Inputs = {
  events: 5_000_000,
  shape: 'variable',
  durationMs: 200,
  memoryMb: 512,
  ioWait: 0.5,
  vmHourly: 0.067,
};

/** Default inputs for a quiz traffic answer (the panel on result pages starts here). */
export function defaultsFor(traffic?: string): Inputs {
  const shape = (Object.keys(SHAPE_CODE) as Shape[]).find((s) => s === traffic);
  return shape ? { ...DEFAULT_INPUTS, shape } : { ...DEFAULT_INPUTS };
}

export interface FieldError {
  field: FieldId;
  message: string;
}

export interface ParsedInputs {
  /** Always complete and valid: bad or missing fields hold their default. */
  inputs: Inputs;
  errors: FieldError[];
}

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Reads "5,000,000", "5 000 000", "5_000_000" or "5e6" as a number; undefined when it is not one. */
export function readNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/(?<=\d)[,_\s](?=\d)/g, '');
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

interface NumericRule {
  field: Exclude<FieldId, 'shape'>;
  label: string;
  unit: string;
  min: number;
  max: number;
  /** Stored value from the typed one (percent → share). */
  scale?: number;
}

function rules(limits: Limits): NumericRule[] {
  return [
    { field: 'events', label: 'Events per month', unit: 'events', min: 1, max: VOLUME_MAX },
    { field: 'durationMs', label: 'Average duration', unit: 'ms', min: 1, max: limits.maxDurationMs },
    { field: 'memoryMb', label: 'Function memory', unit: 'MB', min: 128, max: limits.maxMemoryMb },
    { field: 'ioWait', label: 'Time waiting on I/O', unit: '%', min: 0, max: 100, scale: 0.01 },
    { field: 'vmHourly', label: 'VM price per hour', unit: 'USD', min: 0.001, max: 1000 },
  ];
}

/** Checks one typed value; returns the stored value or the message to show. */
export function checkField(field: Exclude<FieldId, 'shape'>, raw: string, limits: Limits): { value: number } | { message: string } {
  const rule = rules(limits).find((r) => r.field === field)!;
  const range = `between ${fmt(rule.min)} and ${fmt(rule.max)} ${rule.unit}`;
  if (raw.trim() === '') return { message: `${rule.label} is empty: enter a number ${range}.` };
  const value = readNumber(raw);
  if (value === undefined) {
    return { message: `${rule.label} must be a number ${range}; “${raw.trim().slice(0, 40)}” is not one.` };
  }
  if (value < rule.min || value > rule.max) {
    const why =
      value > rule.max && field === 'durationMs'
        ? ' (a function stops at its time limit)'
        : value > rule.max && field === 'memoryMb'
          ? ' (the most a function can be given)'
          : '';
    return { message: `${rule.label} must be ${range}${why}; ${fmt(value)} is out of range.` };
  }
  return { value: value * (rule.scale ?? 1) };
}

/** Reads the inputs from a query string; absent parameters take the defaults. */
export function parseInputs(search: string | URLSearchParams, limits: Limits, defaults: Inputs = DEFAULT_INPUTS): ParsedInputs {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const inputs: Inputs = { ...defaults };
  const errors: FieldError[] = [];
  const shapeRaw = params.get(PARAM.shape);
  if (shapeRaw !== null) {
    const shape = (Object.keys(SHAPE_CODE) as Shape[]).find((s) => SHAPE_CODE[s] === shapeRaw.trim());
    if (shape) inputs.shape = shape;
    else errors.push({ field: 'shape', message: `Daily shape “${shapeRaw.slice(0, 40)}” is not one of the choices; the default is used.` });
  }
  for (const rule of rules(limits)) {
    const raw = params.get(PARAM[rule.field]);
    if (raw === null) continue;
    const checked = checkField(rule.field, raw, limits);
    if ('value' in checked) inputs[rule.field] = checked.value;
    else errors.push({ field: rule.field, message: checked.message });
  }
  return { inputs, errors };
}

/** The query string for some inputs (only what differs from the defaults, so links stay short). */
export function serializeInputs(inputs: Inputs, defaults: Inputs = DEFAULT_INPUTS): string {
  const params = new URLSearchParams();
  if (inputs.events !== defaults.events) params.set(PARAM.events, String(inputs.events));
  if (inputs.shape !== defaults.shape) params.set(PARAM.shape, SHAPE_CODE[inputs.shape]);
  if (inputs.durationMs !== defaults.durationMs) params.set(PARAM.durationMs, String(inputs.durationMs));
  if (inputs.memoryMb !== defaults.memoryMb) params.set(PARAM.memoryMb, String(inputs.memoryMb));
  if (inputs.ioWait !== defaults.ioWait) params.set(PARAM.ioWait, String(Math.round(inputs.ioWait * 1000) / 10));
  if (inputs.vmHourly !== defaults.vmHourly) params.set(PARAM.vmHourly, String(inputs.vmHourly));
  return params.toString();
}

/**
 * The inputs on a result page (the panel and the decision record read the
 * same): the quiz's traffic answer sets the default daily shape ("Not sure"
 * or no answer keeps the model's default), and cost parameters in the
 * address override it.
 */
export function inputsForResult(search: string, traffic: string | undefined, limits: Limits): ParsedInputs {
  return parseInputs(search, limits, defaultsFor(traffic));
}
