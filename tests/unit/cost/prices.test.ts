/**
 * The price book reads every figure from the registry: tables included (no
 * row retyped in code), each fact cited once, assumptions written from their
 * values, and the words about the reference VMs from the model's choices.
 */
import { describe, expect, it } from 'vitest';
import { functionVcpu } from '../../../src/cost/model';
import { ASSUMPTIONS, MODEL_CHOICES, REGIONS, assumptionDisplay } from '../../../src/cost/prices';
import { citations } from '../../../src/cost/citations';
import { book, data, fact, registryLookup } from './support';

describe('price book', () => {
  it('takes the Cloud Run functions memory → vCPU table from its registry fact, and interpolates between its rows', () => {
    const table = registryLookup('google-cloud-run-functions-memory-cpu')!.table!;
    const google = book.providers['google-cloud'];
    expect(google.functions.cpu).toEqual(table);
    for (const [mb, vcpu] of table) expect(functionVcpu(mb, google)).toBe(vcpu);
    const [a, b] = [table[1]!, table[2]!];
    expect(functionVcpu((a[0] + b[0]) / 2, google)).toBeCloseTo((a[1] + b[1]) / 2, 12);
  });

  it('gives Azure functions Lambda’s CPU share, read from the Lambda fact', () => {
    const mb = fact('aws-lambda-memory-per-vcpu');
    expect(book.providers.azure.functions.cpu).toEqual([[mb, 1]]);
    expect(book.providers.aws.functions.cpu).toEqual([[mb, 1]]);
  });

  it('caps Cloud NAT’s per-instance hours at the registry’s count', () => {
    expect(book.providers['google-cloud'].nat!.maxInstances).toBe(fact('google-cloud-nat-max-billed-instances'));
  });

  it('cites each fact once', () => {
    const ids = data.cited.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes each assumption’s display from its value', () => {
    expect(assumptionDisplay(ASSUMPTIONS.googleVmHourly)).toBe(`$${ASSUMPTIONS.googleVmHourly.value} per hour`);
    expect(assumptionDisplay(ASSUMPTIONS.cloudRunInstanceGibSecond)).toBe('$0.000002 per GiB-second');
  });

  it('describes each reference VM with the model’s VM size', () => {
    for (const words of Object.values(REGIONS)) expect(words).toContain(`(${MODEL_CHOICES.vmVcpu} vCPU, ${MODEL_CHOICES.vmGib} GiB,`);
  });
});

describe('citations', () => {
  const f = (id: string, url: string, status: { checked: string } | { unverified: string }) => ({
    id, value: 1, display: '1', claim: `Claim ${id}.`, sourceTitle: url, sourceUrl: url, ...status,
  });
  it('groups claims per page and status: the earliest check dates an entry, and an unverified fact never sits under a check', () => {
    const list = citations([
      f('a', 'https://x.example/p', { checked: '2026-12-03' }),
      f('b', 'https://x.example/p', { checked: '2026-11-27' }),
      f('c', 'https://x.example/p', { unverified: 'Read in an old copy.' }),
      f('d', 'https://y.example/q', { unverified: 'Read elsewhere.' }),
    ]);
    expect(list).toEqual([
      { url: 'https://x.example/p', title: 'https://x.example/p', claims: ['Claim a.', 'Claim b.'], checked: '2026-11-27' },
      { url: 'https://x.example/p', title: 'https://x.example/p', claims: ['Claim c.'], unverified: 'Read in an old copy.' },
      { url: 'https://y.example/q', title: 'https://y.example/q', claims: ['Claim d.'], unverified: 'Read elsewhere.' },
    ]);
  });

  it('on the registry, lists every cited claim once', () => {
    const claims = citations(data.cited).flatMap((c) => c.claims);
    expect(claims.sort()).toEqual([...new Set(data.cited.map((c) => c.claim))].sort());
  });
});
