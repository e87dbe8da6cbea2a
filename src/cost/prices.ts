/**
 * Where every price and limit of the cost model comes from. Figures that
 * the facts registry holds are read from it by id (one home per fact); the
 * two figures we could not confirm from a provider's own page are named
 * here as assumptions, shown as such on the page, and can be changed by the
 * reader (the VM price is an input).
 */
import type { Prices } from './model.ts';
import type { Limits } from './inputs.ts';
import type { CostBook } from './summary.ts';

/** Registry ids the model reads. */
export const PRICE_FACTS = {
  requestPerMillion: 'aws-lambda-price-requests',
  gbSecond: 'aws-lambda-price-gb-second',
  freeRequests: 'aws-lambda-free-requests',
  freeGbSeconds: 'aws-lambda-free-gb-seconds',
  mbPerVcpu: 'aws-lambda-memory-per-vcpu',
  containerVcpuSecond: 'google-cloud-run-price-vcpu-second',
  functionTimeoutMinutes: 'aws-lambda-timeout-max',
  functionMemoryMb: 'aws-lambda-memory-max',
} as const;

export type PriceFactId = (typeof PRICE_FACTS)[keyof typeof PRICE_FACTS];

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
 * Stated assumptions: not in the registry because no provider page that we
 * could read today confirmed them. Each says why and what it stands for.
 */
export const ASSUMPTIONS = {
  containerGibSecond: {
    value: 0.000002,
    display: '$0.00000200 per GiB-second',
    why: 'Cloud Run’s Tier 1 memory price with instance-based billing. The stored copy of Google’s pricing page we read stopped after the CPU column, so this figure is quoted from projects that cite that table, not confirmed from Google’s page.',
  },
  vmHourly: {
    value: 0.067,
    display: '$0.067 per hour',
    why: 'A 2 vCPU, 8 GB on-demand VM, about the list price of a Google Compute Engine e2-standard-2 in us-central1. The providers’ VM price pages render their tables from price feeds that the stored copies do not contain, so no figure could be confirmed today: enter the price you pay.',
  },
} as const;

/** Model constants that are choices of this guide, not prices. */
export const MODEL_CHOICES = {
  gibPerVcpu: 2,
  containerTargetUtilisation: 0.6,
  containerMinVcpu: 1,
  vmVcpus: 2,
  vmTargetUtilisation: 0.6,
  hoursPerMonth: 730,
} as const;

/** Regions the representative prices are for. */
export const REGIONS = {
  functions: 'AWS Lambda, x86, US East (N. Virginia)',
  container: 'Google Cloud Run, instance-based billing, Tier 1 region (e.g. us-central1)',
  vm: 'one 2 vCPU / 8 GB on-demand VM (assumed price; e.g. a Compute Engine e2-standard-2 in us-central1)',
} as const;

/** All three regions in one line, as decision records state them. */
export const REGION_LINE = `functions: ${REGIONS.functions}; managed containers: ${REGIONS.container}; virtual machines: ${REGIONS.vm}`;

export interface PriceBook {
  prices: Prices;
  limits: Limits;
  /** The registry facts behind the figures, for citations. */
  cited: CitedFact[];
}

/** Builds the model's prices from registry facts looked up by id; throws if one is missing or not a number. */
export function priceBook(lookup: (id: string) => CitedFact | undefined): PriceBook {
  const cited: CitedFact[] = [];
  const num = (id: string): number => {
    const fact = lookup(id);
    if (!fact) throw new Error(`The cost model needs the fact "${id}": add content/facts/${id}.json.`);
    if (!Number.isFinite(fact.value)) throw new Error(`The fact "${id}" must have a numeric value for the cost model.`);
    cited.push(fact);
    // Counts may be registered in millions ("1 million requests"); the model counts units.
    return /^million\b/.test(fact.unit ?? '') ? fact.value * 1_000_000 : fact.value;
  };
  const prices: Prices = {
    functions: {
      perRequest: num(PRICE_FACTS.requestPerMillion) / 1_000_000,
      perGbSecond: num(PRICE_FACTS.gbSecond),
      freeRequests: num(PRICE_FACTS.freeRequests),
      freeGbSeconds: num(PRICE_FACTS.freeGbSeconds),
      mbPerVcpu: num(PRICE_FACTS.mbPerVcpu),
    },
    container: {
      perVcpuSecond: num(PRICE_FACTS.containerVcpuSecond),
      perGibSecond: ASSUMPTIONS.containerGibSecond.value,
      gibPerVcpu: MODEL_CHOICES.gibPerVcpu,
      targetUtilisation: MODEL_CHOICES.containerTargetUtilisation,
      minVcpu: MODEL_CHOICES.containerMinVcpu,
    },
    vm: { vcpus: MODEL_CHOICES.vmVcpus, targetUtilisation: MODEL_CHOICES.vmTargetUtilisation },
    hoursPerMonth: MODEL_CHOICES.hoursPerMonth,
  };
  const limits: Limits = {
    maxDurationMs: num(PRICE_FACTS.functionTimeoutMinutes) * 60_000,
    maxMemoryMb: num(PRICE_FACTS.functionMemoryMb),
  };
  return { prices, limits, cited };
}

/** The plain data the browser needs (see summary.ts): prices, limits, the region and each fact's checked date. */
export function costBookOf(book: PriceBook): CostBook {
  return {
    prices: book.prices,
    limits: book.limits,
    region: REGION_LINE,
    // The claim names what the figure is ("1 million requests" alone would not say they are free).
    sources: book.cited.map((f) => ({ label: f.claim.replace(/\.$/, ''), checked: f.checked, url: f.sourceUrl })),
  };
}
