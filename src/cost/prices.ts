/**
 * Where every price and limit of the cost model comes from. Figures the
 * facts registry holds are read from it by id (one home per fact, listed in
 * docs/cost-facts.md); the few the registry could not hold (no page read
 * today gave them) are named here as assumptions, shown as such on the page.
 */
import type { PriceBook, Provider, ProviderPrices } from './model.ts';
import type { Limits } from './inputs.ts';
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
  /** YYYY-MM-DD */
  checked: string;
}

/**
 * Stated assumptions: not in the registry because no page read for the
 * guide gave them. Each says why and what it stands for.
 */
export const ASSUMPTIONS = {
  cloudRunInstanceGibSecond: {
    value: 0.000002,
    display: '$0.00000200 per GiB-second',
    why: 'Cloud Run’s Tier 1 memory price with instance-based billing. The stored copy of Google’s pricing page stops after the CPU column.',
  },
  googleVmHourly: {
    value: 0.067,
    display: '$0.067 per hour',
    why: 'A Compute Engine e2-standard-2 (2 vCPU, 8 GB, x86, Linux) in us-central1, the figure this page used before December 2026. No page read today confirmed it: enter the price you pay.',
  },
  azureVmHourly: {
    value: 0.096,
    display: '$0.096 per hour',
    why: 'A Standard_D2s_v5 (2 vCPU, 8 GiB, x86, Linux) in East US. No page read today confirmed it: enter the price you pay.',
  },
  azureFunctionsMbPerVcpu: {
    value: 1769,
    display: '1,769 MB per vCPU',
    why: 'Azure does not publish how much CPU a Consumption-plan function gets; the guide assumes Lambda’s ratio.',
  },
} as const;

/** Model constants that are choices of this guide, not prices. */
export const MODEL_CHOICES = {
  containerVcpu: 1,
  containerGib: 2,
  vmVcpu: 2,
  vmGib: 8,
  hoursPerMonth: 730,
} as const;

/** Where the prices apply, per provider. */
export const REGIONS: { readonly [P in Provider]: string } = {
  aws: 'AWS, US East (N. Virginia): Lambda, ECS on Fargate, EC2 m7g.large (2 vCPU, 8 GiB, Arm, Linux)',
  azure: 'Microsoft Azure, East US / Central US: Functions Consumption plan, Container Apps Consumption plan, a D2s v5 VM (2 vCPU, 8 GiB, x86, Linux; assumed price)',
  'google-cloud': 'Google Cloud, Tier 1 region (us-central1): Cloud Run functions, Cloud Run, a Compute Engine e2-standard-2 (2 vCPU, 8 GB, x86, Linux; assumed price)',
};

export interface PriceBookData {
  book: PriceBook;
  limits: Limits;
  /** The registry facts behind the figures, for citations. */
  cited: CitedFact[];
}

/** Builds every provider's prices from registry facts looked up by id; throws if one is missing or not a number. */
export function priceBook(lookup: (id: string) => CitedFact | undefined): PriceBookData {
  const cited: CitedFact[] = [];
  const num = (id: string): number => {
    const fact = lookup(id);
    if (!fact) throw new Error(`The cost model needs the fact "${id}": add content/facts/${id}.json.`);
    if (!Number.isFinite(fact.value)) throw new Error(`The fact "${id}" must have a numeric value for the cost model.`);
    if (!cited.includes(fact)) cited.push(fact);
    // Counts may be registered in millions ("1 million requests"); the model counts units.
    return /^million\b/.test(fact.unit ?? '') ? fact.value * 1_000_000 : fact.value;
  };
  const perMillion = (id: string) => num(id) / 1_000_000;
  const perHour = (id: string) => num(id) / 3600;
  const C = MODEL_CHOICES;

  const aws: ProviderPrices = {
    functions: {
      perRequest: perMillion('aws-lambda-price-requests'),
      perGbSecond: { x86: num('aws-lambda-price-gb-second'), arm: num('aws-lambda-price-gb-second-arm') },
      perVcpuSecond: 0,
      cpu: [[num('aws-lambda-memory-per-vcpu'), 1]],
      free: { requests: num('aws-lambda-free-requests'), gbSeconds: num('aws-lambda-free-gb-seconds'), vcpuSeconds: 0 },
      commitMax: num('aws-lambda-savings-plans-max-discount'),
      managed: {
        fee: num('aws-lambda-managed-instances-management-fee') / 100,
        // The fee fact's sentence also gives the request price, which equals Lambda's.
        perRequest: perMillion('aws-lambda-price-requests'),
        minInstances: num('aws-lambda-managed-instances-default-instances'),
      },
    },
    container: {
      vcpuSecond: { x86: perHour('aws-fargate-price-vcpu-hour'), arm: perHour('aws-fargate-price-vcpu-hour-arm') },
      // Fargate bills memory per GB-hour; the model's containers have GiB, close enough at these sizes (stated on the page).
      gibSecond: { x86: perHour('aws-fargate-price-gb-hour'), arm: perHour('aws-fargate-price-gb-hour-arm') },
      free: { requests: 0, gibSeconds: 0, vcpuSeconds: 0 },
      vcpu: C.containerVcpu,
      gib: C.containerGib,
      commitMax: num('aws-fargate-savings-plans-max-discount'),
    },
    vm: { hourly: num('aws-ec2-m7g-large-price-hour'), vcpu: C.vmVcpu, gib: C.vmGib, arch: 'arm', commitMax: num('aws-savings-plans-max-discount') },
    gateway: { perRequest: perMillion('aws-api-gateway-http-api-price-requests'), freeRequests: 0 },
    logsPerGb: num('aws-cloudwatch-logs-ingestion-price'),
    egressPerGb: num('aws-data-transfer-out-price-gb'),
    nat: { hourly: num('aws-nat-gateway-price-hour'), perInstanceHour: 0, perGb: num('aws-nat-gateway-price-gb') },
  };

  const azure: ProviderPrices = {
    functions: {
      perRequest: perMillion('azure-functions-consumption-price-executions'),
      perGbSecond: { x86: num('azure-functions-consumption-price-gb-second') },
      perVcpuSecond: 0,
      cpu: [[ASSUMPTIONS.azureFunctionsMbPerVcpu.value, 1]],
      free: {
        requests: num('azure-functions-consumption-free-grant-executions'),
        gbSeconds: num('azure-functions-consumption-free-grant-gb-seconds'),
        vcpuSeconds: 0,
      },
      commitMax: 0,
    },
    container: {
      vcpuSecond: { x86: num('azure-container-apps-price-vcpu-second') },
      gibSecond: { x86: num('azure-container-apps-price-gib-second') },
      free: {
        vcpuSeconds: num('azure-container-apps-free-grant'),
        gibSeconds: num('azure-container-apps-free-grant-gib-seconds'),
        requests: num('azure-container-apps-free-grant-requests'),
      },
      vcpu: C.containerVcpu,
      gib: C.containerGib,
      commitMax: 0,
    },
    vm: { hourly: ASSUMPTIONS.azureVmHourly.value, vcpu: C.vmVcpu, gib: C.vmGib, arch: 'x86', commitMax: num('azure-reservations-max-discount') },
    gateway: { perRequest: perMillion('azure-api-management-consumption-price-calls'), freeRequests: 1_000_000 },
    logsPerGb: num('azure-log-analytics-ingestion-price'),
    nat: { hourly: num('azure-nat-gateway-price-hour'), perInstanceHour: 0, perGb: num('azure-nat-gateway-price-gb') },
  };

  const cpuRows: [number, number][] = [
    [128, 0.083],
    [256, 0.167],
    [512, 0.333],
    [1024, 0.583],
    [num('google-cloud-run-functions-memory-cpu'), 1],
    [4096, 2],
    [8192, 2],
    [16384, 4],
    [32768, 8],
  ];
  const runFree = {
    requests: num('google-cloud-run-free-tier-requests'),
    gibSeconds: num('google-cloud-run-free-tier-gib-seconds'),
    vcpuSeconds: num('google-cloud-run-free-tier-request-based'),
  };
  const google: ProviderPrices = {
    functions: {
      perRequest: perMillion('google-cloud-run-price-requests'),
      perGbSecond: { x86: num('google-cloud-run-price-gib-second-request-based') },
      perVcpuSecond: num('google-cloud-run-price-vcpu-second-request-based'),
      cpu: cpuRows,
      free: { requests: runFree.requests, gbSeconds: runFree.gibSeconds, vcpuSeconds: runFree.vcpuSeconds },
      commitMax: 0,
    },
    container: {
      vcpuSecond: { x86: num('google-cloud-run-price-vcpu-second') },
      gibSecond: { x86: ASSUMPTIONS.cloudRunInstanceGibSecond.value },
      request: {
        vcpuSecond: num('google-cloud-run-price-vcpu-second-request-based'),
        gibSecond: num('google-cloud-run-price-gib-second-request-based'),
        perRequest: perMillion('google-cloud-run-price-requests'),
      },
      free: runFree,
      vcpu: C.containerVcpu,
      gib: C.containerGib,
      commitMax: 0,
    },
    vm: { hourly: ASSUMPTIONS.googleVmHourly.value, vcpu: C.vmVcpu, gib: C.vmGib, arch: 'x86', commitMax: 0 },
    egressPerGb: num('google-cloud-egress-price-gb'),
    nat: { hourly: 0, perInstanceHour: num('google-cloud-nat-price-vm-hour'), perGb: num('google-cloud-nat-price-gib') },
  };

  const limits: Limits = {
    maxDurationMs: num('aws-lambda-timeout-max') * 60_000,
    maxMemoryMb: num('aws-lambda-memory-max'),
  };
  return { book: { providers: { aws, azure, 'google-cloud': google }, hoursPerMonth: C.hoursPerMonth }, limits, cited };
}

/** The plain data the browser needs (see summary.ts): prices, limits, the regions and each fact's checked date. */
export function costBookOf(data: PriceBookData): CostBook {
  return {
    book: data.book,
    limits: data.limits,
    regions: REGIONS,
    // The claim names what the figure is ("1 million requests" alone would not say they are free).
    sources: data.cited.map((f) => ({ label: f.claim.replace(/\.$/, ''), checked: f.checked, url: f.sourceUrl })),
  };
}
