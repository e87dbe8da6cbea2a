/**
 * The cost inputs as they live in the address bar: short parameter names,
 * defaults when a parameter is absent, and one clear message per bad value.
 * A bad value never reaches the model.
 *
 *   v    link version: 2 since 3 December 2026 (absent on older links)
 *   p    provider: a AWS, z Azure, g Google Cloud
 *   n    events per month (5000000, 5e6 or 5,000,000)
 *   s    daily shape: the quiz's traffic answer codes, and f flat (shapes.ts)
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
 * today's model, and old-links.ts lists what they relied on so the page can
 * say what changed. Links other pages make (defaults for a quiz answer, the
 * query for /cost/) are in links.ts, so /cost/ does not load them.
 */
import { VOLUME_MAX, type Inputs, type Shape } from './model.ts';

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

/** The daily shapes' codes in the address, code → shape (built from the quiz's traffic codes, see shapes.ts). */
export type ShapeCodes = Readonly<Record<string, Shape>>;

/**
 * What checking and coding the inputs needs from the build: the function
 * limits (facts registry) and the shapes' address codes (the quiz's traffic
 * question). Plain data, passed to the browser with the prices.
 */
export interface InputRules {
  /** Longest function run, ms (the platform's timeout). */
  maxDurationMs: number;
  /** Smallest and largest function memory, MB. */
  minMemoryMb: number;
  maxMemoryMb: number;
  shapes: ShapeCodes;
}

type Choices = { readonly [F in ChoiceField]: Readonly<Record<string, Inputs[F]>> };

/** The codes each choice takes in the address; the shapes' come from the rules. */
export function choices(rules: InputRules): Choices {
  return {
    provider: { a: 'aws', z: 'azure', g: 'google-cloud' },
    shape: rules.shapes,
    arch: { x: 'x86', a: 'arm' },
    containerBilling: { i: 'instance', r: 'request' },
  };
}
export const CHOICE_FIELDS: readonly ChoiceField[] = ['provider', 'shape', 'arch', 'containerBilling'];
export const FLAGS: readonly FlagField[] = ['freeTier', 'lmi', 'gateway', 'nat'];
/** The address code of a choice's value. */
export const codeOf = (table: Choices, field: ChoiceField, value: string): string => Object.keys(table[field]).find((k) => table[field][k] === value) ?? '';

export const LINK_VERSION = '2';
/** The fields links had before version 2 (they carried no `v`). */
const VERSION_1_FIELDS: readonly FieldId[] = ['events', 'shape', 'durationMs', 'memoryMb', 'ioWait', 'vmHourly'];

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

export interface FieldError {
  field: FieldId;
  message: string;
}

export interface ParsedInputs {
  /** Always complete and valid: bad or missing fields hold their default. */
  inputs: Inputs;
  errors: FieldError[];
  /** Made before version 2: it relied on defaults that have changed since (old-links.ts says which). */
  old: boolean;
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

export function rule(field: NumericField, limits: Omit<InputRules, 'shapes'>): NumericRule {
  const r: { [F in NumericField]: NumericRule } = {
    events: { label: 'Events per month', unit: 'events', min: 1, max: VOLUME_MAX },
    durationMs: { label: 'Average duration', unit: 'ms', min: 1, max: limits.maxDurationMs },
    memoryMb: { label: 'Function memory', unit: 'MB', min: limits.minMemoryMb, max: limits.maxMemoryMb },
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
export function checkField(field: NumericField, raw: string, limits: Omit<InputRules, 'shapes'>): { value: number } | { message: string } {
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
export function parseInputs(search: string | URLSearchParams, rules: InputRules, defaults: Inputs = DEFAULT_INPUTS): ParsedInputs {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const inputs: Inputs = { ...defaults };
  const errors: FieldError[] = [];
  const table = choices(rules);
  for (const field of CHOICE_FIELDS) {
    const raw = params.get(PARAM[field]);
    if (raw === null) continue;
    const value = Object.hasOwn(table[field], raw.trim()) ? table[field][raw.trim()] : undefined;
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
    const checked = checkField(field, raw, rules);
    if ('value' in checked) inputs[field] = checked.value;
    else errors.push({ field, message: checked.message });
  }
  return { inputs, errors, old: params.get('v') === null && VERSION_1_FIELDS.some((f) => params.has(PARAM[f])) };
}

