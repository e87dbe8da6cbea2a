/**
 * The cost model: what one workload costs per month on ONE provider, run
 * three ways (functions, managed containers, virtual machines), with every
 * line of the bill that differs between them, and the volumes where one
 * option overtakes another. Pure functions, no framework, no DOM.
 *
 * The model in one paragraph:
 * - The day has a shape (24 hourly loads whose mean is 1 and whose maximum is
 *   the peak). Little's law gives the requests in flight each hour
 *   (rate × duration) and the busy CPU (in flight × share not waiting on I/O
 *   × the vCPU the function had).
 * - Functions bill every request and every second each request runs, waiting
 *   included. Lambda Managed Instances instead run on EC2 instances that
 *   scale with load (never fewer than the default count), billed at the EC2
 *   price plus a fee.
 * - Managed containers and VMs are sized per instance by the first ceiling
 *   hit: CPU at the target utilisation, requests in flight per instance, or
 *   memory per request in flight. Containers follow the load hour by hour
 *   (instance billing, with a floor of minimum instances) or bill only while
 *   requests are in flight (request billing); VMs are sized for the busiest
 *   hour and run all day.
 * - A free tier is off unless asked for; commitments take a percentage off
 *   compute, capped by the provider's published maximum for that product.
 * - Gateway, logs and internet egress are priced per event for every option;
 *   NAT applies to what runs in a private network (containers, VMs, Managed
 *   Instances).
 */

import type { ConcreteValue } from '../quiz/questions.ts';
import { unverifiedParts } from './unverified.ts';

export type Provider = 'aws' | 'azure' | 'google-cloud';
export const PROVIDERS: readonly Provider[] = ['aws', 'azure', 'google-cloud'];
/**
 * Daily shape of the load: the quiz's traffic answers (their values come
 * from the traffic question's record, so a new answer is a type error in
 * PEAK until it has a shape) plus the model's own flat load.
 */
export type Shape = ConcreteValue<'traffic'> | 'flat';
export type Arch = 'x86' | 'arm';
export type ContainerBilling = 'request' | 'instance';
export type OptionId = 'functions' | 'container' | 'vm';
export const OPTION_IDS: readonly OptionId[] = ['functions', 'container', 'vm'];
export type LineId = 'compute' | 'requests' | 'gateway' | 'logs' | 'transfer' | 'nat';
export const LINE_IDS: readonly LineId[] = ['compute', 'requests', 'gateway', 'logs', 'transfer', 'nat'];

/**
 * The one home of each shape's peak: the busiest hour over the average
 * hour, and how many hours of the day run at that peak.
 */
export const PEAK: { readonly [S in Shape]: readonly [peak: number, hours: number] } = {
  spiky: [10, 1],
  variable: [3, 4],
  'steady-high': [1.5, 8],
  flat: [1, 24],
};

/** The 24 hourly loads of a shape, relative to the average hour (mean 1). */
export function dayProfile(shape: Shape): number[] {
  const [peak, hours] = PEAK[shape];
  const rest = (24 - peak * hours) / (24 - hours || 1);
  return Array.from({ length: 24 }, (_, h) => (h < hours ? peak : rest));
}

export interface Inputs {
  /** Events (invocations, requests, messages) per month. */
  events: number;
  shape: Shape;
  /** Average wall-clock duration of one event, ms. */
  durationMs: number;
  /** Memory given to one function, MB; it also sets the CPU the work gets. */
  memoryMb: number;
  /** Share of the duration spent waiting on I/O, 0 to 1. */
  ioWait: number;
  /** Price of the reference VM, USD per hour; undefined = the provider's reference price. */
  vmHourly?: number;
  provider: Provider;
  arch: Arch;
  /** Subtract the monthly free tier (once, for this one workload). */
  freeTier: boolean;
  /** Autoscaling and sizing target: busy CPU over provisioned CPU, 0.05 to 1. */
  util: number;
  /** Requests one container or VM instance serves at once. */
  concurrency: number;
  /** Memory one request in flight needs on a container or VM, MB. */
  requestMb: number;
  containerBilling: ContainerBilling;
  /** Container instances that stay up when idle. */
  minInstances: number;
  /** Commitment discount asked for, percent (capped by each product's published maximum). */
  commit: number;
  /** Price functions as Lambda Managed Instances (AWS only). */
  lmi: boolean;
  /** Requests pass an API gateway. */
  gateway: boolean;
  /** Log data written per event, KB. */
  logKb: number;
  /** Response data sent to the internet per event, KB. */
  egressKb: number;
  /** Containers and VMs reach the internet through a managed NAT gateway. */
  nat: boolean;
}

/** A price that may differ by architecture; arm undefined = no Arm option priced. */
export interface ArchPrice {
  x86: number;
  arm?: number;
}

/** Every price and size the model needs for one provider, from the facts registry. */
export interface ProviderPrices {
  functions: {
    perRequest: number;
    perGbSecond: ArchPrice;
    /** Billed per vCPU-second as well (Cloud Run functions); 0 where memory time is the only meter. */
    perVcpuSecond: number;
    /** [memory MB, vCPU] rows, interpolated; one row [mb, 1] means CPU in proportion to memory. */
    cpu: readonly (readonly [number, number])[];
    free: { requests: number; gbSeconds: number; vcpuSeconds: number };
    /** Largest published commitment discount on duration, percent. */
    commitMax: number;
    /** Lambda Managed Instances: fee over the EC2 price (0.15), request price and minimum instances; absent where not offered. */
    managed?: { fee: number; perRequest: number; minInstances: number };
  };
  container: {
    /** Instance-based billing (instances billed while up). */
    vcpuSecond: ArchPrice;
    gibSecond: ArchPrice;
    /** Request-based billing (CPU and memory only while requests are in flight), where offered. */
    request?: { vcpuSecond: number; gibSecond: number; perRequest: number };
    free: { requests: number; gibSeconds: number; vcpuSeconds: number };
    vcpu: number;
    gib: number;
    commitMax: number;
  };
  vm: { hourly: number; vcpu: number; gib: number; arch: Arch; commitMax: number };
  gateway?: { perRequest: number; freeRequests: number };
  logsPerGb?: number;
  egressPerGb?: number;
  /** perInstanceHour applies to at most maxInstances instances (0: no cap). */
  nat?: { hourly: number; perInstanceHour: number; maxInstances: number; perGb: number };
  /** The parts of the bill priced from an unverified fact or a stated assumption (see unverified.ts). */
  unverified: readonly PriceUse[];
}

/** A part of the bill a price feeds. */
export type PricePart = OptionId | 'gateway' | 'logs' | 'transfer' | 'nat';
/** When the price is used: on one architecture, with one lever, or with one container billing. */
export type PriceCondition = 'x86' | 'arm' | 'lmi' | 'free' | 'commit' | 'request' | 'instance';
/** A part, always ("vm") or only under a condition ("functions:arm"). */
export type PriceUse = PricePart | `${PricePart}:${PriceCondition}`;

export interface PriceBook {
  providers: { readonly [P in Provider]: ProviderPrices };
  hoursPerMonth: number;
}

export type Lines = { [L in LineId]: number };
export interface OptionCost {
  total: number;
  lines: Lines;
  /** The lines that dominate: the largest, and any other at least a quarter of the total. */
  dominant: LineId[];
  /** Instances billed on average (containers, VMs, Managed Instances), 0 for per-request billing of functions. */
  instances: number;
}
export type Estimate = { [O in OptionId]: OptionCost } & {
  provider: Provider;
  notes: string[];
  /** The parts of this estimate priced from an unverified fact or an assumption. */
  unverified: PricePart[];
};

const SECONDS_PER_HOUR = 3600;

/** vCPU a function of this memory gets on this provider (table rows interpolated). */
export function functionVcpu(memoryMb: number, p: ProviderPrices): number {
  const rows = p.functions.cpu;
  if (rows.length === 1) return (memoryMb / rows[0]![0]) * rows[0]![1];
  let prev = rows[0]!;
  if (memoryMb <= prev[0]) return prev[1];
  for (const row of rows) {
    if (memoryMb <= row[0]) return prev[1] + ((row[1] - prev[1]) * (memoryMb - prev[0])) / (row[0] - prev[0]);
    prev = row;
  }
  return prev[1];
}

/**
 * The day's distinct hourly loads, relative to the average hour, with how
 * many hours each lasts: the peak, then the rest (what dayProfile spreads
 * over 24 hours). Sizing works on these two levels instead of 24 hours, so
 * the break-even scan, which prices hundreds of volumes per keystroke,
 * stays cheap.
 */
function levels(shape: Shape): readonly (readonly [load: number, hours: number])[] {
  const [peak, hours] = PEAK[shape];
  return hours >= 24 ? [[peak, 24]] : [[peak, hours], [(24 - peak * hours) / (24 - hours), 24 - hours]];
}

/** An hour's load: requests in flight and busy vCPU. */
interface Load {
  inFlight: number;
  cpu: number;
}

/** Per level of the day: its load (from the month's events, by Little's law) and its hours. */
function hourly(i: Inputs, p: ProviderPrices, hoursPerMonth: number): { load: Load; hours: number }[] {
  const perSecond = i.events / (hoursPerMonth * SECONDS_PER_HOUR);
  const inFlight = perSecond * (i.durationMs / 1000);
  const cpu = inFlight * (1 - i.ioWait) * functionVcpu(i.memoryMb, p);
  return levels(i.shape).map(([m, hours]) => ({ load: { inFlight: inFlight * m, cpu: cpu * m }, hours }));
}

/** Instances needed for one hour's load: the first ceiling hit (CPU, concurrency or memory). */
function need(h: Load, vcpu: number, gib: number, i: Inputs): number {
  return Math.max(h.cpu / (vcpu * i.util), h.inFlight / i.concurrency, (h.inFlight * i.requestMb) / (gib * 1024));
}
/** Whole instances, without float noise (2.0000000001 is 2). */
const whole = (n: number) => Math.ceil(n - 1e-9);

const pct = (asked: number, max: number) => Math.min(asked, max) / 100;
const price = (a: ArchPrice, arch: Arch) => (arch === 'arm' && a.arm !== undefined ? a.arm : a.x86);

function lines(compute: number, requests: number, shared: Omit<Lines, 'compute' | 'requests'>, instances: number): OptionCost {
  const l: Lines = { compute, requests, ...shared };
  const total = LINE_IDS.reduce((s, id) => s + l[id], 0);
  const largest = LINE_IDS.reduce((a, b) => (l[b] > l[a] ? b : a));
  const dominant = total > 0 ? LINE_IDS.filter((id) => id === largest || l[id] >= total / 4) : [];
  return { total, lines: l, dominant, instances };
}

/** Gateway, logs and egress: the same for every option. NAT is added per option. */
function sharedLines(i: Inputs, p: ProviderPrices) {
  const gw = p.gateway && i.gateway ? Math.max(0, i.events - (i.freeTier ? p.gateway.freeRequests : 0)) * p.gateway.perRequest : 0;
  const logs = p.logsPerGb ? ((i.events * i.logKb) / 1e6) * p.logsPerGb : 0;
  const transfer = p.egressPerGb ? ((i.events * i.egressKb) / 1e6) * p.egressPerGb : 0;
  return { gateway: gw, logs, transfer };
}

function natCost(i: Inputs, p: ProviderPrices, instances: number, hoursPerMonth: number): number {
  if (!i.nat || !p.nat) return 0;
  const gb = (i.events * i.egressKb) / 1e6;
  const billed = p.nat.maxInstances > 0 ? Math.min(instances, p.nat.maxInstances) : instances;
  return hoursPerMonth * (p.nat.hourly + p.nat.perInstanceHour * billed) + gb * p.nat.perGb;
}

/** Average instances over the day when autoscaling follows the load hour by hour. */
function scaledInstances(day: { load: Load; hours: number }[], vcpu: number, gib: number, i: Inputs, floor: number): number {
  return day.reduce((s, h) => s + h.hours * Math.max(floor, whole(need(h.load, vcpu, gib, i))), 0) / 24;
}

export function functionsCost(i: Inputs, book: PriceBook): OptionCost {
  const p = book.providers[i.provider];
  const f = p.functions;
  const shared = sharedLines(i, p);
  if (i.lmi && f.managed) {
    // Managed Instances: EC2 instances (the reference VM) scaled with load, at least the default count, plus the fee.
    const hours = hourly(i, p, book.hoursPerMonth);
    const n = scaledInstances(hours, p.vm.vcpu, p.vm.gib, i, f.managed.minInstances);
    const ec2 = n * book.hoursPerMonth * p.vm.hourly;
    const compute = ec2 * (1 - pct(i.commit, p.vm.commitMax)) + ec2 * f.managed.fee;
    return lines(compute, i.events * f.managed.perRequest, { ...shared, nat: natCost(i, p, n, book.hoursPerMonth) }, n);
  }
  const seconds = i.events * (i.durationMs / 1000);
  const gbSeconds = seconds * (i.memoryMb / 1024);
  const vcpuSeconds = seconds * functionVcpu(i.memoryMb, p);
  const free = i.freeTier ? f.free : { requests: 0, gbSeconds: 0, vcpuSeconds: 0 };
  const duration =
    Math.max(0, gbSeconds - free.gbSeconds) * price(f.perGbSecond, i.arch) + Math.max(0, vcpuSeconds - free.vcpuSeconds) * f.perVcpuSecond;
  const requests = Math.max(0, i.events - free.requests) * f.perRequest;
  return lines(duration * (1 - pct(i.commit, f.commitMax)), requests, { ...shared, nat: 0 }, 0);
}

export function containerCost(i: Inputs, book: PriceBook): OptionCost {
  const p = book.providers[i.provider];
  const c = p.container;
  const shared = sharedLines(i, p);
  const hours = hourly(i, p, book.hoursPerMonth);
  const secondsPerHour = (book.hoursPerMonth * SECONDS_PER_HOUR) / 24;
  const free = i.freeTier ? c.free : { requests: 0, gibSeconds: 0, vcpuSeconds: 0 };
  const discount = 1 - pct(i.commit, c.commitMax);
  if (i.containerBilling === 'request' && c.request) {
    // Billed only while at least one request is in flight on an instance; minimum instances bill all the time.
    let active = 0;
    for (const h of hours) active += h.hours * Math.max(Math.min(1, h.load.inFlight), need(h.load, c.vcpu, c.gib, i)) * secondsPerHour;
    const idle = i.minInstances * 24 * secondsPerHour;
    const instSeconds = Math.max(active, idle);
    const cpu = Math.max(0, instSeconds * c.vcpu - free.vcpuSeconds) * c.request.vcpuSecond;
    const mem = Math.max(0, instSeconds * c.gib - free.gibSeconds) * c.request.gibSecond;
    const n = instSeconds / (24 * secondsPerHour);
    return lines((cpu + mem) * discount, Math.max(0, i.events - free.requests) * c.request.perRequest, { ...shared, nat: natCost(i, p, n, book.hoursPerMonth) }, n);
  }
  const n = scaledInstances(hours, c.vcpu, c.gib, i, Math.max(i.minInstances, 1));
  const s = n * book.hoursPerMonth * SECONDS_PER_HOUR;
  const compute = Math.max(0, s * c.vcpu - free.vcpuSeconds) * price(c.vcpuSecond, i.arch) + Math.max(0, s * c.gib - free.gibSeconds) * price(c.gibSecond, i.arch);
  return lines(compute * discount, 0, { ...shared, nat: natCost(i, p, n, book.hoursPerMonth) }, n);
}

/** VMs for the busiest hour, up all month (they do not follow the load). */
export function vmCount(i: Inputs, book: PriceBook): number {
  const p = book.providers[i.provider];
  return Math.max(1, ...hourly(i, p, book.hoursPerMonth).map((h) => whole(need(h.load, p.vm.vcpu, p.vm.gib, i))));
}

export function vmCost(i: Inputs, book: PriceBook): OptionCost {
  const p = book.providers[i.provider];
  const n = vmCount(i, book);
  const compute = n * book.hoursPerMonth * (i.vmHourly ?? p.vm.hourly) * (1 - pct(i.commit, p.vm.commitMax));
  return lines(compute, 0, { ...sharedLines(i, p), nat: natCost(i, p, n, book.hoursPerMonth) }, n);
}

/** What the chosen provider cannot price for these inputs, in words (shown next to the estimate). */
export function gaps(i: Inputs, p: ProviderPrices): string[] {
  const out: string[] = [];
  if (i.arch === 'arm' && p.functions.perGbSecond.arm === undefined) out.push('Arm is not priced for functions here: x86 prices are used');
  if (i.lmi && !p.functions.managed) out.push('Managed Instances exist only on AWS: functions are priced per request');
  if (i.containerBilling === 'request' && !p.container.request) out.push('this container service bills instances, not requests');
  if (i.gateway && !p.gateway) out.push('no gateway price is in the registry for this provider');
  if (i.logKb > 0 && !p.logsPerGb) out.push('no log price is in the registry for this provider');
  if (i.egressKb > 0 && !p.egressPerGb) out.push('no egress price is in the registry for this provider');
  if (i.nat && !p.nat) out.push('no NAT price is in the registry for this provider');
  return out;
}

export function estimate(i: Inputs, book: PriceBook): Estimate {
  return {
    functions: functionsCost(i, book),
    container: containerCost(i, book),
    vm: vmCost(i, book),
    provider: i.provider,
    notes: gaps(i, book.providers[i.provider]),
    unverified: unverifiedParts(i, book.providers[i.provider]),
  };
}

/** The volume range the chart and the break-even search cover (events per month). */
export const VOLUME_MIN = 1e4;
export const VOLUME_MAX = 1e11;

export interface Crossover {
  /** The option functions are compared with. */
  other: Exclude<OptionId, 'functions'>;
  /** Lowest volume in range where functions cost at least as much as `other`; null when they never do. */
  events: number | null;
  /** Monthly cost of both at that volume. */
  cost: number | null;
}

/** Each option's bill, by option id. */
export const COST: { readonly [O in OptionId]: (i: Inputs, b: PriceBook) => OptionCost } = { functions: functionsCost, container: containerCost, vm: vmCost };

/**
 * Break-even volumes: the first volume at which functions stop being the
 * cheaper of the two. Instance counts step, so a log-spaced scan finds the
 * first sign change and a bisection narrows it to 0.1%.
 */
export function breakEven(inputs: Inputs, book: PriceBook): Crossover[] {
  return (['container', 'vm'] as const).map((other) => {
    const at = (events: number) => {
      const i = { ...inputs, events };
      return { f: functionsCost(i, book).total, o: COST[other](i, book).total };
    };
    const steps = 120;
    const ratio = Math.pow(VOLUME_MAX / VOLUME_MIN, 1 / steps);
    const first = at(VOLUME_MIN);
    if (first.f >= first.o) return { other, events: VOLUME_MIN, cost: first.o };
    let lo = VOLUME_MIN;
    for (let s = 1; s <= steps; s++) {
      const hi = VOLUME_MIN * Math.pow(ratio, s);
      const c = at(hi);
      if (c.f >= c.o) {
        let a = lo;
        let b = hi;
        while (b / a > 1.001) {
          const mid = Math.sqrt(a * b);
          const m = at(mid);
          if (m.f >= m.o) b = mid;
          else a = mid;
        }
        return { other, events: b, cost: at(b).o };
      }
      lo = hi;
    }
    return { other, events: null, cost: null };
  });
}

export interface CurvePoint {
  events: number;
  functions: number;
  container: number;
  vm: number;
}

/** Total cost of every option at `points` log-spaced volumes across the chart's range. */
export function curve(inputs: Inputs, book: PriceBook, points = 41): CurvePoint[] {
  const out: CurvePoint[] = [];
  const span = Math.log10(VOLUME_MAX / VOLUME_MIN);
  for (let k = 0; k < points; k++) {
    const events = VOLUME_MIN * Math.pow(10, (span * k) / (points - 1));
    // Totals only: the notes and unverified parts an estimate adds do not change with volume.
    const i = { ...inputs, events };
    out.push({ events, functions: functionsCost(i, book).total, container: containerCost(i, book).total, vm: vmCost(i, book).total });
  }
  return out;
}

/** The cheapest option for these inputs (ties go to the earlier option in OPTION_IDS). */
export function cheapest(e: Estimate): OptionId {
  return OPTION_IDS.reduce((best, id) => (e[id].total < e[best].total ? id : best), 'functions' as OptionId);
}
