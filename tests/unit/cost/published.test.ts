/**
 * The model against published comparisons.
 *
 * arXiv 2506.01283 (2025), "Demystifying Serverless Costs on Public
 * Platforms" (registry fact other-arxiv-2506-01283-price-per-second):
 * one vCPU for one second costs 2.3034e-5 USD on Lambda (1,769 MB, Arm,
 * US East), 9.4753e-6 USD on an EC2 c6g.medium (1 vCPU, 2 GB) = 41.1% of
 * Lambda, and 1.1003e-5 USD on Fargate (1 vCPU, 2 GB) = 47.8%. An always-busy
 * function against a VM of the same size and a container of the same size is
 * exactly that comparison: the model must give the same ratios within 2%.
 */
import { describe, expect, it } from 'vitest';
import { containerCost, functionsCost, vmCost, type PriceBook } from '../../../src/cost/model';
import { book, inputs, registryLookup } from './support';

const paper = registryLookup('other-arxiv-2506-01283-price-per-second')!;
const SECONDS = 2_628_000;
/** One request at a time, 1 s each, all month, on a 1-vCPU function (1,769 MB), Arm, nothing waiting. */
const busy = inputs({ events: SECONDS, durationMs: 1000, memoryMb: 1769, ioWait: 0, shape: 'flat', util: 1, arch: 'arm' });

describe('arXiv 2506.01283: price of one vCPU-second', () => {
  it('the registry’s Arm Lambda rate gives the paper’s 2.3034e-5 USD per second at 1,769 MB', () => {
    const perSecond = functionsCost(busy, book).lines.compute / SECONDS;
    expect(Math.abs(perSecond / 2.3034e-5 - 1)).toBeLessThan(0.001);
  });

  it('a VM of the same size (c6g.medium at the paper’s price) costs 41.1% of the function, within 2%', () => {
    // The paper's VM: 1 vCPU, 2 GB at 9.4753e-6 USD per second = $0.03411 per hour.
    const c6g: PriceBook = { ...book, providers: { ...book.providers, aws: { ...book.providers.aws, vm: { ...book.providers.aws.vm, vcpu: 1, gib: 2, hourly: 9.4753e-6 * 3600 } } } };
    const ratio = vmCost(busy, c6g).total / functionsCost(busy, book).lines.compute;
    expect(paper.value).toBe(41.1);
    expect(Math.abs(ratio / (paper.value / 100) - 1)).toBeLessThan(0.02);
  });

  it('a Fargate task of the same size at the registry’s Arm prices costs 47.8% of the function, within 2%', () => {
    // (0.03238 + 2 × 0.00356) / 3600 = 1.0972e-5 USD per second; / 2.3034e-5 = 47.6%
    const ratio = containerCost({ ...busy, minInstances: 0 }, book).total / functionsCost(busy, book).lines.compute;
    expect(Math.abs(ratio / 0.478 - 1)).toBeLessThan(0.02);
  });
});
