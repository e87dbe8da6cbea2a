/**
 * The cost model's price book built from the real facts registry files and
 * the quiz's traffic question, as the page builds it; and the registry's
 * figures by id, so tests compute expected bills from today's prices
 * instead of pinning them.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { citedFact } from '../../../src/lib/cited-fact';
import { priceBook, type CitedFact } from '../../../src/cost/prices';
import { shapeCodes } from '../../../src/cost/shapes';
import { DEFAULT_INPUTS } from '../../../src/cost/inputs';
import type { Inputs } from '../../../src/cost/model';
import { QUESTIONS } from '../../../src/quiz/questions';

const FACTS = fileURLToPath(new URL('../../../content/facts/', import.meta.url));

export function registryLookup(id: string): CitedFact | undefined {
  const file = `${FACTS}${id}.json`;
  if (!existsSync(file)) return undefined;
  return citedFact(id, JSON.parse(readFileSync(file, 'utf8')));
}

/** A registry figure as the fact file writes it (a price per hour stays per hour, "1 million" stays 1). */
export function fact(id: string): number {
  const f = registryLookup(id);
  if (!f) throw new Error(`no fact ${id}`);
  return f.value;
}

/** Prices, input rules and the facts cited. */
export const data = priceBook(registryLookup, shapeCodes(QUESTIONS.traffic));
export const { book, rules } = data;

/** The page's defaults with some fields changed. */
export const inputs = (changes: Partial<Inputs> = {}): Inputs => ({ ...DEFAULT_INPUTS, ...changes });

/** 730 hours a month, in seconds. */
export const SECONDS = 2_628_000;
/** AWS, US East: today's registry prices in the units the formulas use. */
export const AWS = {
  request: fact('aws-lambda-price-requests') / 1e6,
  gbSecond: fact('aws-lambda-price-gb-second'),
  gbSecondArm: fact('aws-lambda-price-gb-second-arm'),
  freeRequests: fact('aws-lambda-free-requests') * 1e6,
  freeGbSeconds: fact('aws-lambda-free-gb-seconds'),
  lambdaCommitMax: fact('aws-lambda-savings-plans-max-discount'),
  lmiFee: fact('aws-lambda-managed-instances-management-fee') / 100,
  lmiInstances: fact('aws-lambda-managed-instances-default-instances'),
  fargateVcpuHour: fact('aws-fargate-price-vcpu-hour'),
  fargateGbHour: fact('aws-fargate-price-gb-hour'),
  fargateVcpuHourArm: fact('aws-fargate-price-vcpu-hour-arm'),
  fargateGbHourArm: fact('aws-fargate-price-gb-hour-arm'),
  vmHour: fact('aws-ec2-m7g-large-price-hour'),
  ec2CommitMax: fact('aws-savings-plans-max-discount'),
  gatewayRequest: fact('aws-api-gateway-http-api-price-requests') / 1e6,
  logsGb: fact('aws-cloudwatch-logs-ingestion-price'),
  egressGb: fact('aws-data-transfer-out-price-gb'),
  natHour: fact('aws-nat-gateway-price-hour'),
  natGb: fact('aws-nat-gateway-price-gb'),
  mbPerVcpu: fact('aws-lambda-memory-per-vcpu'),
};
