/**
 * Which parts of an estimate the page says rest on prices nobody compared
 * with a current provider page: each price records the parts it feeds and
 * when (prices.ts), and the estimate keeps the ones its inputs use.
 */
import { describe, expect, it } from 'vitest';
import { estimate, type PriceUse, type ProviderPrices } from '../../../src/cost/model';
import { unverifiedParts } from '../../../src/cost/unverified';
import { ASSUMPTIONS, priceBook } from '../../../src/cost/prices';
import { shapeCodes } from '../../../src/cost/shapes';
import { QUESTIONS } from '../../../src/quiz/questions';
import { book, inputs, registryLookup } from './support';

/** AWS's prices with another list of unverified uses. */
const withUses = (uses: PriceUse[]): ProviderPrices => ({ ...book.providers.aws, unverified: uses });

describe('unverifiedParts', () => {
  it('names a part only when the inputs bill it', () => {
    const p = withUses(['vm', 'gateway', 'logs', 'transfer', 'nat']);
    expect(unverifiedParts(inputs(), p)).toEqual(['vm']);
    expect(unverifiedParts(inputs({ gateway: true, logKb: 1, egressKb: 1, nat: true }), p)).toEqual(['vm', 'gateway', 'logs', 'transfer', 'nat']);
    // A VM price the reader typed is theirs.
    expect(unverifiedParts(inputs({ vmHourly: 0.05 }), p)).toEqual([]);
  });

  it('keeps a conditional price only when its condition holds', () => {
    const p = withUses(['functions:arm', 'container:x86', 'functions:lmi', 'vm:commit', 'functions:free', 'container:request']);
    expect(unverifiedParts(inputs(), p)).toEqual(['container']);
    expect(unverifiedParts(inputs({ arch: 'arm' }), p)).toEqual(['functions']);
    expect(unverifiedParts(inputs({ arch: 'arm', lmi: true, commit: 10 }), p)).toEqual(['functions', 'vm']);
    expect(unverifiedParts(inputs({ arch: 'arm', freeTier: true }), p)).toEqual(['functions']);
    // AWS has no request-billed containers, so that price is never used there.
    expect(unverifiedParts(inputs({ arch: 'arm', containerBilling: 'request' }), p)).toEqual(['functions']);
  });

  it('lists each part once, in the order the page names them', () => {
    expect(unverifiedParts(inputs({ nat: true }), withUses(['nat', 'vm', 'container:x86', 'vm']))).toEqual(['container', 'vm', 'nat']);
  });
});

describe('the price book records what rests on unverified prices', () => {
  it('with every fact checked, only the stated assumptions remain', () => {
    const allChecked = priceBook((id) => {
      const f = registryLookup(id);
      if (!f) return undefined;
      const { unverified: _why, ...rest } = f;
      return { ...rest, checked: '2026-12-03' };
    }, shapeCodes(QUESTIONS.traffic));
    const uses = (p: keyof typeof allChecked.book.providers) => [...allChecked.book.providers[p].unverified].sort();
    expect(uses('aws')).toEqual([]);
    expect(uses('azure')).toEqual([...ASSUMPTIONS.azureVmHourly.uses].sort());
    expect(uses('google-cloud')).toEqual([...ASSUMPTIONS.googleVmHourly.uses, ...ASSUMPTIONS.cloudRunInstanceGibSecond.uses].sort());
  });

  it('an estimate names the parts of today’s registry that are not verified, and only parts it prices', () => {
    const e = estimate(inputs(), book);
    const cited = new Set(book.providers.aws.unverified.map((u) => u.split(':')[0]));
    for (const part of e.unverified) expect(cited.has(part)).toBe(true);
    // A priced part with no unverified price behind it is never named: request-billed Cloud Run containers on AWS do not exist.
    expect(estimate(inputs({ containerBilling: 'request' }), book).unverified).toEqual(e.unverified);
  });
});
