/**
 * The cost model: what one workload costs per month as functions, on a
 * managed container service, and on virtual machines you run, and the
 * volumes where one option overtakes another. Pure functions, no framework,
 * no DOM: the /cost/ page renders them at build time and the island runs
 * the same code in the browser.
 *
 * The model in one paragraph:
 * - Functions bill every request and every GB-second of wall-clock time the
 *   code runs, including the time it only waits on I/O; a monthly free tier
 *   comes off first.
 * - The managed container service bills the vCPU and memory of the
 *   instances that are up. Instances serve many requests at once, so only
 *   busy CPU time needs capacity, not time spent waiting; autoscaling keeps
 *   them near a target utilisation and at least one instance stays up. The
 *   CPU the work needs is what the function had while it ran: its memory
 *   buys a share of a vCPU.
 * - Servers you run are sized for the peak hour, since they do not scale
 *   per request; the daily shape (peak over average) therefore sets how many
 *   you pay for around the clock.
 */

/** Daily shape of the load; the codes are the quiz's traffic answer codes. */
export type Shape = 'spiky' | 'variable' | 'steady-high';
export const SHAPES: readonly Shape[] = ['spiky', 'variable', 'steady-high'];

/** Peak hour over average hour for each shape: how much headroom fixed servers need. */
export const PEAK_TO_AVERAGE: { readonly [S in Shape]: number } = {
  spiky: 10,
  variable: 3,
  'steady-high': 1.5,
};

export interface Inputs {
  /** Events (invocations, requests, messages) per month. */
  events: number;
  shape: Shape;
  /** Average wall-clock duration of one event, in milliseconds. */
  durationMs: number;
  /** Memory given to one function, in MB. */
  memoryMb: number;
  /** Share of the duration spent waiting on I/O, 0 to 1. */
  ioWait: number;
  /** Price of one virtual machine of the stated size, USD per hour. */
  vmHourly: number;
}

/** Every price and size the model uses; the page fills them from the facts registry. */
export interface Prices {
  functions: {
    perRequest: number;
    perGbSecond: number;
    freeRequests: number;
    freeGbSeconds: number;
    /** Memory at which a function gets one whole vCPU (CPU scales with memory). */
    mbPerVcpu: number;
  };
  container: {
    perVcpuSecond: number;
    perGibSecond: number;
    /** Memory that comes with each vCPU of the container instances. */
    gibPerVcpu: number;
    /** Autoscaling target: busy CPU over provisioned CPU. */
    targetUtilisation: number;
    /** vCPUs that stay up even when idle. */
    minVcpu: number;
  };
  vm: {
    vcpus: number;
    /** Busy CPU over provisioned CPU at the peak hour. */
    targetUtilisation: number;
  };
  /** Hours in the billing month (730 = 8,760 / 12, the usual convention). */
  hoursPerMonth: number;
}

export type OptionId = 'functions' | 'container' | 'vm';
export const OPTION_IDS: readonly OptionId[] = ['functions', 'container', 'vm'];

export interface Estimate {
  functions: number;
  container: number;
  vm: number;
  /** The figures behind each estimate, for the table and the decision record. */
  detail: {
    billableRequests: number;
    gbSeconds: number;
    billableGbSeconds: number;
    busyVcpuSeconds: number;
    containerVcpu: number;
    vmCount: number;
  };
}

const MB_PER_GB = 1024;

/** Monthly cost of the workload as functions: requests plus GB-seconds, free tier first. */
export function functionsCost(inputs: Inputs, prices: Prices): number {
  const f = prices.functions;
  const billableRequests = Math.max(0, inputs.events - f.freeRequests);
  const gbSeconds = gbSecondsOf(inputs);
  const billableGbSeconds = Math.max(0, gbSeconds - f.freeGbSeconds);
  return billableRequests * f.perRequest + billableGbSeconds * f.perGbSecond;
}

/** GB-seconds the functions bill: wall-clock time, waiting included. */
export function gbSecondsOf(inputs: Inputs): number {
  return inputs.events * (inputs.durationMs / 1000) * (inputs.memoryMb / MB_PER_GB);
}

/**
 * vCPU-seconds of real work per month: the measured duration without the
 * I/O wait, times the share of a vCPU the function had while it ran (its
 * memory over the memory that buys one vCPU). The same work then needs
 * that much CPU on a container or a server.
 */
export function busyVcpuSeconds(inputs: Inputs, prices: Prices): number {
  const vcpuShare = inputs.memoryMb / prices.functions.mbPerVcpu;
  return inputs.events * (inputs.durationMs / 1000) * (1 - inputs.ioWait) * vcpuShare;
}

/** Average vCPUs the container service keeps up over the month. */
export function containerVcpu(inputs: Inputs, prices: Prices): number {
  const seconds = prices.hoursPerMonth * 3600;
  const needed = busyVcpuSeconds(inputs, prices) / seconds / prices.container.targetUtilisation;
  return Math.max(prices.container.minVcpu, needed);
}

export function containerCost(inputs: Inputs, prices: Prices): number {
  const c = prices.container;
  const seconds = prices.hoursPerMonth * 3600;
  const vcpu = containerVcpu(inputs, prices);
  return vcpu * seconds * c.perVcpuSecond + vcpu * c.gibPerVcpu * seconds * c.perGibSecond;
}

/** Servers needed to carry the peak hour at the target utilisation (at least one). */
export function vmCount(inputs: Inputs, prices: Prices): number {
  const seconds = prices.hoursPerMonth * 3600;
  const averageVcpu = busyVcpuSeconds(inputs, prices) / seconds;
  const peakVcpu = averageVcpu * PEAK_TO_AVERAGE[inputs.shape];
  // A tiny epsilon keeps float noise (e.g. 2.0000000001) from adding a whole server.
  return Math.max(1, Math.ceil(peakVcpu / (prices.vm.vcpus * prices.vm.targetUtilisation) - 1e-9));
}

export function vmCost(inputs: Inputs, prices: Prices): number {
  return vmCount(inputs, prices) * prices.hoursPerMonth * inputs.vmHourly;
}

export function estimate(inputs: Inputs, prices: Prices): Estimate {
  const gbSeconds = gbSecondsOf(inputs);
  return {
    functions: functionsCost(inputs, prices),
    container: containerCost(inputs, prices),
    vm: vmCost(inputs, prices),
    detail: {
      billableRequests: Math.max(0, inputs.events - prices.functions.freeRequests),
      gbSeconds,
      billableGbSeconds: Math.max(0, gbSeconds - prices.functions.freeGbSeconds),
      busyVcpuSeconds: busyVcpuSeconds(inputs, prices),
      containerVcpu: containerVcpu(inputs, prices),
      vmCount: vmCount(inputs, prices),
    },
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

/**
 * Break-even volumes: the first volume at which functions stop being the
 * cheaper of the two. Costs are monotonic in volume but the server count
 * steps, so a log-spaced scan finds the first sign change and a bisection
 * narrows it to 0.1%.
 */
export function breakEven(inputs: Inputs, prices: Prices): Crossover[] {
  return (['container', 'vm'] as const).map((other) => {
    const costOf = (events: number) => {
      const at = { ...inputs, events };
      return { f: functionsCost(at, prices), o: other === 'container' ? containerCost(at, prices) : vmCost(at, prices) };
    };
    const steps = 240;
    const ratio = Math.pow(VOLUME_MAX / VOLUME_MIN, 1 / steps);
    let lo = VOLUME_MIN;
    let first = costOf(lo);
    if (first.f >= first.o) return { other, events: lo, cost: first.o };
    for (let i = 1; i <= steps; i++) {
      const hi = VOLUME_MIN * Math.pow(ratio, i);
      const c = costOf(hi);
      if (c.f >= c.o) {
        let a = lo;
        let b = hi;
        while (b / a > 1.001) {
          const mid = Math.sqrt(a * b);
          const m = costOf(mid);
          if (m.f >= m.o) b = mid;
          else a = mid;
        }
        const at = costOf(b);
        return { other, events: b, cost: at.o };
      }
      lo = hi;
      first = c;
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

/** Cost of every option at `points` log-spaced volumes across the chart's range. */
export function curve(inputs: Inputs, prices: Prices, points = 61): CurvePoint[] {
  const out: CurvePoint[] = [];
  const span = Math.log10(VOLUME_MAX / VOLUME_MIN);
  for (let i = 0; i < points; i++) {
    const events = VOLUME_MIN * Math.pow(10, (span * i) / (points - 1));
    const at = { ...inputs, events };
    out.push({ events, functions: functionsCost(at, prices), container: containerCost(at, prices), vm: vmCost(at, prices) });
  }
  return out;
}

/** The cheapest option for these inputs (ties go to the earlier option in OPTION_IDS). */
export function cheapest(e: Estimate): OptionId {
  return OPTION_IDS.reduce((best, id) => (e[id] < e[best] ? id : best), 'functions' as OptionId);
}
