/**
 * The cost inputs as they live in the address bar: short parameter names,
 * defaults when a parameter is absent, and one clear message per bad value.
 * A bad value never reaches the model.
 *
 *   v    link version: 2 since 3 December 2026 (absent on older links)
 *   p    provider: a AWS, z Azure, g Google Cloud
 *   n    events per month (5000000, 5e6 or 5,000,000)
 *   s    daily shape: s spiky, v variable, h steady and high, f flat
 *   d    average duration, ms          m    function memory, MB
 *   w    time waiting on I/O, %        vp   VM price, USD per hour
 *   ar   architecture: x x86, a Arm    ft   1 = subtract the free tier
 *   u    target utilisation, %         c    requests in flight per instance
 *   rm   MB per request in flight      cb   container billing: r request, i instance
 *   mi   minimum container instances   cm   commitment discount, %
 *   lmi  1 = Lambda Managed Instances  gw   1 = API gateway
 *   lg   log KB per event              eg   egress KB per event
 *   nat  1 = NAT gateway for containers and VMs
 *
 * Links made before version 2 (no `v`) priced Lambda against Cloud Run and
 * a generic VM with the free tier always subtracted; they still load, with
 * today's model, and `oldDefaults` lists what they relied on so the page can
 * say what changed.
 */
import { VOLUME_MAX, type Inputs, type Provider, type Shape } from './model.ts';

export type NumericField =
  | 'events'
  | 'durationMs'
  | 'memoryMb'
  | 'ioWait'
  | 'vmHourly'
  | 'util'
  | 'concurrency'
  | 'requestMb'
  | 'minInstances'
  | 'commit'
  | 'logKb'
  | 'egressKb';
export type ChoiceField = 'provider' | 'shape' | 'arch' | 'containerBilling';
export type FlagField = 'freeTier' | 'lmi' | 'gateway' | 'nat';
export type FieldId = NumericField | ChoiceField | FlagField;

/** URL parameter of each field. */
export const PARAM: { readonly [F in FieldId]: string } = {
  events: 'n',
  shape: 's',
  durationMs: 'd',
  memoryMb: 'm',
  ioWait: 'w',
  vmHourly: 'vp',
  provider: 'p',
  arch: 'ar',
  freeTier: 'ft',
  util: 'u',
  concurrency: 'c',
  requestMb: 'rm',
  containerBilling: 'cb',
  minInstances: 'mi',
  commit: 'cm',
  lmi: 'lmi',
  gateway: 'gw',
  logKb: 'lg',
  egressKb: 'eg',
  nat: 'nat',
};

/** The codes each choice takes in the address. */
export const CHOICES: { readonly [F in ChoiceField]: Readonly<Record<string, Inputs[F]>> } = {
  provider: { a: 'aws', z: 'azure', g: 'google-cloud' },
  shape: { s: 'spiky', v: 'variable', h: 'steady-high', f: 'flat' },
  arch: { x: 'x86', a: 'arm' },
  containerBilling: { r: 'request', i: 'instance' },
};
export const FLAGS: readonly FlagField[] = ['freeTier', 'lmi', 'gateway', 'nat'];
const codeOf = (field: ChoiceField, value: string) => Object.keys(CHOICES[field]).find((k) => CHOICES[field][k] === value)!;

/** Kept for callers that map shapes to codes. */
export const SHAPE_CODE: { readonly [S in Shape]: string } = { spiky: 's', variable: 'v', 'steady-high': 'h', flat: 'f' };

/** Bounds the page enforces; the function limits come from the facts registry. */
export interface Limits {
  /** Longest function run, ms (the platform's timeout). */
  maxDurationMs: number;
  /** Largest function memory, MB. */
  maxMemoryMb: number;
}

export const LINK_VERSION = '2';

export const DEFAULT_INPUTS: Inputs = {
  events: 5_000_000,
  shape: 'variable',
  durationMs: 200,
  memoryMb: 512,
  ioWait: 0.5,
  provider: 'aws',
  arch: 'x86',
  freeTier: false,
  util: 0.7,
  concurrency: 80,
  requestMb: 32,
  containerBilling: 'instance',
  minInstances: 1,
  commit: 0,
  lmi: false,
  gateway: false,
  logKb: 0,
  egressKb: 0,
  nat: false,
};

/** Default inputs for a quiz traffic answer and, when known, the team's provider. */
export function defaultsFor(traffic?: string, provider?: string): Inputs {
  const shape = (Object.values(CHOICES.shape) as Shape[]).find((s) => s === traffic);
  const p = (Object.values(CHOICES.provider) as Provider[]).find((x) => x === provider);
  return { ...DEFAULT_INPUTS, ...(shape ? { shape } : {}), ...(p ? { provider: p } : {}) };
}

export interface FieldError {
  field: FieldId;
  message: string;
}

export interface ParsedInputs {
  /** Always complete and valid: bad or missing fields hold their default. */
  inputs: Inputs;
  errors: FieldError[];
  /** For a link made before version 2: what it relied on that has changed since (empty otherwise). */
  oldDefaults: string[];
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
  label: string;
  unit: string;
  min: number;
  max: number;
  /** Stored value from the typed one (percent → share). */
  scale?: number;
  /** Whole numbers only. */
  int?: boolean;
}

export function rule(field: NumericField, limits: Limits): NumericRule {
  const r: { [F in NumericField]: NumericRule } = {
    events: { label: 'Events per month', unit: 'events', min: 1, max: VOLUME_MAX },
    durationMs: { label: 'Average duration', unit: 'ms', min: 1, max: limits.maxDurationMs },
    memoryMb: { label: 'Function memory', unit: 'MB', min: 128, max: limits.maxMemoryMb },
    ioWait: { label: 'Time waiting on I/O', unit: '%', min: 0, max: 100, scale: 0.01 },
    vmHourly: { label: 'VM price per hour', unit: 'USD', min: 0.001, max: 1000 },
    util: { label: 'Target utilisation', unit: '%', min: 5, max: 100, scale: 0.01 },
    concurrency: { label: 'Requests in flight per instance', unit: 'requests', min: 1, max: 1000, int: true },
    requestMb: { label: 'Memory per request in flight', unit: 'MB', min: 1, max: 8192 },
    minInstances: { label: 'Minimum instances', unit: 'instances', min: 0, max: 100, int: true },
    commit: { label: 'Commitment discount', unit: '%', min: 0, max: 90 },
    logKb: { label: 'Logs per event', unit: 'KB', min: 0, max: 1000 },
    egressKb: { label: 'Data out per event', unit: 'KB', min: 0, max: 100_000 },
  };
  return r[field];
}

/** Checks one typed value; returns the stored value or the message to show. */
export function checkField(field: NumericField, raw: string, limits: Limits): { value: number } | { message: string } {
  const r = rule(field, limits);
  const range = `between ${fmt(r.min)} and ${fmt(r.max)} ${r.unit}`;
  if (raw.trim() === '') return { message: `${r.label} is empty: enter a number ${range}.` };
  const value = readNumber(raw);
  if (value === undefined) return { message: `${r.label} must be a number ${range}; “${raw.trim().slice(0, 40)}” is not one.` };
  if (value < r.min || value > r.max) {
    const why =
      value > r.max && field === 'durationMs' ? ' (a function stops at its time limit)' : value > r.max && field === 'memoryMb' ? ' (the most a function can be given)' : '';
    return { message: `${r.label} must be ${range}${why}; ${fmt(value)} is out of range.` };
  }
  if (r.int && !Number.isInteger(value)) return { message: `${r.label} must be a whole number ${range}; ${fmt(value)} is not.` };
  return { value: value * (r.scale ?? 1) };
}

const CHOICE_LABEL: { readonly [F in ChoiceField]: string } = {
  provider: 'Provider',
  shape: 'Daily shape',
  arch: 'Architecture',
  containerBilling: 'Container billing',
};

export const NUMERIC_FIELDS: readonly NumericField[] = [
  'events',
  'durationMs',
  'memoryMb',
  'ioWait',
  'vmHourly',
  'util',
  'concurrency',
  'requestMb',
  'minInstances',
  'commit',
  'logKb',
  'egressKb',
];

/** Reads the inputs from a query string; absent parameters take the defaults. */
export function parseInputs(search: string | URLSearchParams, limits: Limits, defaults: Inputs = DEFAULT_INPUTS): ParsedInputs {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const inputs: Inputs = { ...defaults };
  const errors: FieldError[] = [];
  for (const field of Object.keys(CHOICES) as ChoiceField[]) {
    const raw = params.get(PARAM[field]);
    if (raw === null) continue;
    const value = CHOICES[field][raw.trim()];
    if (value) (inputs as unknown as Record<string, unknown>)[field] = value;
    else errors.push({ field, message: `${CHOICE_LABEL[field]} “${raw.slice(0, 40)}” is not one of the choices; the default is used.` });
  }
  for (const field of FLAGS) {
    const raw = params.get(PARAM[field]);
    if (raw !== null) inputs[field] = raw === '1';
  }
  for (const field of NUMERIC_FIELDS) {
    const raw = params.get(PARAM[field]);
    if (raw === null) continue;
    const checked = checkField(field, raw, limits);
    if ('value' in checked) inputs[field] = checked.value;
    else errors.push({ field, message: checked.message });
  }
  return { inputs, errors, oldDefaults: oldDefaults(params, inputs) };
}

/** What a link made before version 2 relied on that the model no longer does. */
function oldDefaults(params: URLSearchParams, inputs: Inputs): string[] {
  const isOld = params.get('v') === null && ['n', 's', 'd', 'm', 'w', 'vp'].some((p) => params.has(p));
  if (!isOld) return [];
  return [
    'it compared AWS Lambda with Google Cloud Run and a generic VM; each option is now priced on one provider (AWS unless the link names another)',
    'it always subtracted the free tier; the free tier is now left out unless you switch it on',
    `it sized servers for a 60% busy peak with no ceiling per instance; the target is now ${Math.round(inputs.util * 100)}% and each instance also has a concurrency and memory ceiling`,
    'it priced compute only; gateway, logs, data transfer and NAT are now lines you can add',
  ];
}

/** The query string for some inputs (only what differs from the defaults, so links stay short; versioned when not empty). */
export function serializeInputs(inputs: Inputs, defaults: Inputs = DEFAULT_INPUTS): string {
  const params = new URLSearchParams();
  for (const field of Object.keys(CHOICES) as ChoiceField[]) {
    if (inputs[field] !== defaults[field]) params.set(PARAM[field], codeOf(field, inputs[field]));
  }
  for (const field of FLAGS) if (inputs[field] !== defaults[field]) params.set(PARAM[field], inputs[field] ? '1' : '0');
  for (const field of NUMERIC_FIELDS) {
    const value = inputs[field];
    if (value === undefined || value === defaults[field]) continue;
    const scale = rule(field, { maxDurationMs: 1, maxMemoryMb: 1 }).scale;
    params.set(PARAM[field], String(scale ? Math.round((value / scale) * 1000) / 1000 : value));
  }
  if ([...params.keys()].length === 0) return '';
  return `v=${LINK_VERSION}&${params.toString()}`;
}

/**
 * The inputs on a result page (the panel and the decision record read the
 * same): the quiz's traffic answer sets the default daily shape ("Not sure"
 * or no answer keeps the model's default), and cost parameters in the
 * address override it.
 */
export function inputsForResult(search: string, traffic: string | undefined, limits: Limits, provider?: string): ParsedInputs {
  return parseInputs(search, limits, defaultsFor(traffic, provider));
}
