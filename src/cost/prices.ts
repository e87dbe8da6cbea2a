/**
 * Where every price and limit of the cost model comes from. Figures the
 * facts registry holds are read from it by id (one home per fact, listed in
 * docs/cost-facts.md); the few the registry could not hold (no page read
 * gave them) are named here as assumptions, shown as such on the page.
 *
 * Each price is read with the parts of the bill it feeds (PriceUse), so that
 * when its fact is unverified, or it is an assumption, the page can say which
 * parts of an estimate rest on a price nobody compared with a current
 * provider page (see unverified.ts).
 */
import { formatNumber } from '../content/fact-display.ts';
import type { Arch, PriceBook, PriceUse, Provider, ProviderPrices } from './model.ts';
import type { InputRules, ShapeCodes } from './inputs.ts';
import type { CostBook } from './summary.ts';

/** What the page needs to know about a fact to cite it. */
export interface CitedFact {
  id: string;
  value: number;
  /** How the figure reads, e.g. "$0.20 per 1 million requests". */
  display: string;
  /** The fact's sentence, for the list of sources. */
  claim: string;
  /** Unit of `value` as the registry writes it (e.g. "million requests"). */
  unit?: string;
  sourceTitle: string;
  sourceUrl: string;
  /** YYYY-MM-DD: the day it was compared with a current source; absent when unverified. */
  checked?: string;
  /** Why no current copy of the source could be compared; absent when checked. */
  unverified?: string;
  /** The source's table the value is a row of (first column ascending), when the fact has one. */
  table?: readonly (readonly [number, number])[];
}

interface Assumption {
  value: number;
  /** What one unit of `value` buys, after the dollar figure: "per hour". */
  per: string;
  why: string;
  /** The parts of the bill it prices. */
  uses: readonly PriceUse[];
}

/**
 * Stated assumptions: not in the registry because no page read for the
 * guide gave them. Each says why and what it stands for.
 */
export const ASSUMPTIONS = {
  cloudRunInstanceGibSecond: {
    value: 0.000002,
    per: 'per GiB-second',
    why: 'Cloud Run’s Tier 1 memory price with instance-based billing. No copy of Google’s pricing page read for the guide reached the memory column.',
    uses: ['container:instance'],
  },
  googleVmHourly: {
    value: 0.067,
    per: 'per hour',
    why: 'A Compute Engine e2-standard-2 in us-central1, the figure this page used before December 2026. No page read today confirmed it: enter the price you pay.',
    uses: ['vm'],
  },
  azureVmHourly: {
    value: 0.096,
    per: 'per hour',
    why: 'A Standard_D2s_v5 in East US. No page read today confirmed it: enter the price you pay.',
    uses: ['vm'],
  },
} as const satisfies Record<string, Assumption>;

/** How an assumption reads: "$0.067 per hour", written from its value. */
export const assumptionDisplay = (a: Assumption): string => `$${formatNumber(a.value)} ${a.per}`;

/** Assumptions that are not prices, only words (each names the registry fact it leans on). */
export const MODEL_ASSUMPTIONS: readonly string[] = [
  'Azure does not publish how much CPU a Consumption-plan function gets: the model gives it the share Lambda gives a function of the same memory (the Lambda CPU fact above).',
];

/** Model constants that are choices of this guide, not prices. */
export const MODEL_CHOICES = {
  containerVcpu: 1,
  containerGib: 2,
  vmVcpu: 2,
  vmGib: 8,
  hoursPerMonth: 730,
} as const;

/** The reference VM of each provider: its name, and whether its price is an assumption (the size is MODEL_CHOICES'). */
const REFERENCE_VM: { readonly [P in Provider]: { name: string; arch: Arch; assumed: boolean } } = {
  aws: { name: 'EC2 m7g.large', arch: 'arm', assumed: false },
  azure: { name: 'a D2s v5 VM', arch: 'x86', assumed: true },
  'google-cloud': { name: 'a Compute Engine e2-standard-2', arch: 'x86', assumed: true },
};

const vmWords = (p: Provider) => {
  const vm = REFERENCE_VM[p];
  const price = vm.assumed ? '; assumed price' : '';
  return `${vm.name} (${MODEL_CHOICES.vmVcpu} vCPU, ${MODEL_CHOICES.vmGib} GiB, ${vm.arch === 'arm' ? 'Arm' : 'x86'}, Linux${price})`;
};

/** Where the prices apply, per provider. */
export const REGIONS: { readonly [P in Provider]: string } = {
  aws: `AWS, US East (N. Virginia): Lambda, ECS on Fargate, ${vmWords('aws')}`,
  azure: `Microsoft Azure, East US / Central US: Functions Consumption plan, Container Apps Consumption plan, ${vmWords('azure')}`,
  'google-cloud': `Google Cloud, Tier 1 region (us-central1): Cloud Run functions, Cloud Run, ${vmWords('google-cloud')}`,
};

export interface PriceBookData {
  book: PriceBook;
  rules: InputRules;
  /** The registry facts behind the figures, each once, for citations. */
  cited: CitedFact[];
}

/**
 * Builds every provider's prices from registry facts looked up by id; throws
 * if one is missing or not a number. `shapes` are the daily shapes' address
 * codes (read from the quiz by the caller, see src/lib/cost-prices.ts).
 */
export function priceBook(lookup: (id: string) => CitedFact | undefined, shapes: ShapeCodes): PriceBookData {
  const cited = new Map<string, CitedFact>();
  const fact = (id: string): CitedFact => {
    const f = lookup(id);
    if (!f) throw new Error(`The cost model needs the fact "${id}": add content/facts/${id}.json.`);
    if (!Number.isFinite(f.value)) throw new Error(`The fact "${id}" must have a numeric value for the cost model.`);
    cited.set(id, f);
    return f;
  };
  /** A reader for one provider: each figure notes the parts it prices when it is not verified. */
  const reader = (unverified: PriceUse[]) => {
    const num = (id: string, ...uses: PriceUse[]): number => {
      const f = fact(id);
      if (f.unverified) unverified.push(...uses.filter((u) => !unverified.includes(u)));
      // Counts may be registered in millions ("1 million requests"); the model counts units.
      return /^million\b/.test(f.unit ?? '') ? f.value * 1_000_000 : f.value;
    };
    const assumed = (a: Assumption): number => {
      unverified.push(...a.uses.filter((u) => !unverified.includes(u)));
      return a.value;
    };
    return { num, perMillion: (id: string, ...uses: PriceUse[]) => num(id, ...uses) / 1_000_000, perHour: (id: string, ...uses: PriceUse[]) => num(id, ...uses) / 3600, assumed };
  };
  const C = MODEL_CHOICES;
  // Lambda's memory per vCPU; Azure's functions are given the same share (MODEL_ASSUMPTIONS).
  const lambdaMbPerVcpu = fact('aws-lambda-memory-per-vcpu').value;

  const awsUnverified: PriceUse[] = [];
  const a = reader(awsUnverified);
  const aws: ProviderPrices = {
    functions: {
      perRequest: a.perMillion('aws-lambda-price-requests', 'functions'),
      perGbSecond: { x86: a.num('aws-lambda-price-gb-second', 'functions:x86'), arm: a.num('aws-lambda-price-gb-second-arm', 'functions:arm') },
      perVcpuSecond: 0,
      cpu: [[lambdaMbPerVcpu, 1]],
      free: { requests: a.num('aws-lambda-free-requests', 'functions:free'), gbSeconds: a.num('aws-lambda-free-gb-seconds', 'functions:free'), vcpuSeconds: 0 },
      commitMax: a.num('aws-lambda-savings-plans-max-discount', 'functions:commit'),
      managed: {
        fee: a.num('aws-lambda-managed-instances-management-fee', 'functions:lmi') / 100,
        // The fee fact's sentence also gives the request price, which equals Lambda's.
        perRequest: a.perMillion('aws-lambda-price-requests', 'functions:lmi'),
        minInstances: a.num('aws-lambda-managed-instances-default-instances', 'functions:lmi'),
      },
    },
    container: {
      vcpuSecond: { x86: a.perHour('aws-fargate-price-vcpu-hour', 'container:x86'), arm: a.perHour('aws-fargate-price-vcpu-hour-arm', 'container:arm') },
      // Fargate bills memory per GB-hour; the model's containers have GiB, close enough at these sizes (stated on the page).
      gibSecond: { x86: a.perHour('aws-fargate-price-gb-hour', 'container:x86'), arm: a.perHour('aws-fargate-price-gb-hour-arm', 'container:arm') },
      free: { requests: 0, gibSeconds: 0, vcpuSeconds: 0 },
      vcpu: C.containerVcpu,
      gib: C.containerGib,
      commitMax: a.num('aws-fargate-savings-plans-max-discount', 'container:commit'),
    },
    // Managed Instances run on the reference VM, so its price feeds functions too.
    vm: { hourly: a.num('aws-ec2-m7g-large-price-hour', 'vm', 'functions:lmi'), vcpu: C.vmVcpu, gib: C.vmGib, arch: REFERENCE_VM.aws.arch, commitMax: a.num('aws-savings-plans-max-discount', 'vm:commit') },
    gateway: { perRequest: a.perMillion('aws-api-gateway-http-api-price-requests', 'gateway'), freeRequests: 0 },
    logsPerGb: a.num('aws-cloudwatch-logs-ingestion-price', 'logs'),
    egressPerGb: a.num('aws-data-transfer-out-price-gb', 'transfer'),
    nat: { hourly: a.num('aws-nat-gateway-price-hour', 'nat'), perInstanceHour: 0, maxInstances: 0, perGb: a.num('aws-nat-gateway-price-gb', 'nat') },
    unverified: awsUnverified,
  };

  const azureUnverified: PriceUse[] = [];
  const z = reader(azureUnverified);
  const azure: ProviderPrices = {
    functions: {
      perRequest: z.perMillion('azure-functions-consumption-price-executions', 'functions'),
      perGbSecond: { x86: z.num('azure-functions-consumption-price-gb-second', 'functions') },
      perVcpuSecond: 0,
      cpu: [[lambdaMbPerVcpu, 1]],
      free: {
        requests: z.num('azure-functions-consumption-free-grant-executions', 'functions:free'),
        gbSeconds: z.num('azure-functions-consumption-free-grant-gb-seconds', 'functions:free'),
        vcpuSeconds: 0,
      },
      commitMax: 0,
    },
    container: {
      vcpuSecond: { x86: z.num('azure-container-apps-price-vcpu-second', 'container') },
      gibSecond: { x86: z.num('azure-container-apps-price-gib-second', 'container') },
      free: {
        vcpuSeconds: z.num('azure-container-apps-free-grant', 'container:free'),
        gibSeconds: z.num('azure-container-apps-free-grant-gib-seconds', 'container:free'),
        requests: z.num('azure-container-apps-free-grant-requests', 'container:free'),
      },
      vcpu: C.containerVcpu,
      gib: C.containerGib,
      commitMax: 0,
    },
    vm: { hourly: z.assumed(ASSUMPTIONS.azureVmHourly), vcpu: C.vmVcpu, gib: C.vmGib, arch: REFERENCE_VM.azure.arch, commitMax: z.num('azure-reservations-max-discount', 'vm:commit') },
    gateway: {
      perRequest: z.perMillion('azure-api-management-consumption-price-calls', 'gateway'),
      freeRequests: z.num('azure-api-management-consumption-free-calls', 'gateway:free'),
    },
    logsPerGb: z.num('azure-log-analytics-ingestion-price', 'logs'),
    nat: { hourly: z.num('azure-nat-gateway-price-hour', 'nat'), perInstanceHour: 0, maxInstances: 0, perGb: z.num('azure-nat-gateway-price-gb', 'nat') },
    unverified: azureUnverified,
  };

  const googleUnverified: PriceUse[] = [];
  const g = reader(googleUnverified);
  const cpuFact = fact('google-cloud-run-functions-memory-cpu');
  if (!cpuFact.table) throw new Error('google-cloud-run-functions-memory-cpu.json needs its memory → vCPU "table".');
  // Cloud Run functions bill at Cloud Run's request-based rates, so these prices feed both.
  const requestBased = {
    vcpuSecond: g.num('google-cloud-run-price-vcpu-second-request-based', 'functions', 'container:request'),
    gibSecond: g.num('google-cloud-run-price-gib-second-request-based', 'functions', 'container:request'),
    perRequest: g.perMillion('google-cloud-run-price-requests', 'functions', 'container:request'),
  };
  const runFree = {
    requests: g.num('google-cloud-run-free-tier-requests', 'functions:free', 'container:free'),
    gibSeconds: g.num('google-cloud-run-free-tier-gib-seconds', 'functions:free', 'container:free'),
    vcpuSeconds: g.num('google-cloud-run-free-tier-request-based', 'functions:free', 'container:free'),
  };
  const google: ProviderPrices = {
    functions: {
      perRequest: requestBased.perRequest,
      perGbSecond: { x86: requestBased.gibSecond },
      perVcpuSecond: requestBased.vcpuSecond,
      cpu: cpuFact.table,
      free: { requests: runFree.requests, gbSeconds: runFree.gibSeconds, vcpuSeconds: runFree.vcpuSeconds },
      commitMax: 0,
    },
    container: {
      vcpuSecond: { x86: g.num('google-cloud-run-price-cpu-instance-based', 'container:instance') },
      gibSecond: { x86: g.assumed(ASSUMPTIONS.cloudRunInstanceGibSecond) },
      request: requestBased,
      free: runFree,
      vcpu: C.containerVcpu,
      gib: C.containerGib,
      commitMax: 0,
    },
    vm: { hourly: g.assumed(ASSUMPTIONS.googleVmHourly), vcpu: C.vmVcpu, gib: C.vmGib, arch: REFERENCE_VM['google-cloud'].arch, commitMax: 0 },
    egressPerGb: g.num('google-cloud-egress-price-gb', 'transfer'),
    nat: {
      hourly: 0,
      perInstanceHour: g.num('google-cloud-nat-price-vm-hour', 'nat'),
      maxInstances: g.num('google-cloud-nat-max-billed-instances', 'nat'),
      perGb: g.num('google-cloud-nat-price-gib', 'nat'),
    },
    unverified: googleUnverified,
  };

  const rules: InputRules = {
    maxDurationMs: fact('aws-lambda-timeout-max').value * 60_000,
    minMemoryMb: fact('aws-lambda-memory-min').value,
    maxMemoryMb: fact('aws-lambda-memory-max').value,
    shapes,
  };
  return { book: { providers: { aws, azure, 'google-cloud': google }, hoursPerMonth: C.hoursPerMonth }, rules, cited: [...cited.values()] };
}

/** The plain data the browser needs (see summary.ts): prices, input rules, the regions and each fact's checked date. */
export function costBookOf(data: PriceBookData): CostBook {
  return {
    book: data.book,
    limits: data.rules,
    regions: REGIONS,
    // The claim names what the figure is ("1 million requests" alone would not say they are free).
    sources: data.cited.map((f) => ({ id: f.id, label: f.claim.replace(/\.$/, ''), url: f.sourceUrl, ...(f.checked ? { checked: f.checked } : {}) })),
  };
}
