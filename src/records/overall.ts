/**
 * The assessment's title and overall picture ("2 of 5 workloads fit
 * serverless functions; …"): small, so the page can show them without
 * loading the record writer.
 */
import { cleanName } from './markdown.ts';
import { OPTION_KEYS, type OptionKey, type RecordInput } from './types.ts';

const FIT: Record<OptionKey, string> = {
  serverless: 'fit serverless functions',
  managed: 'fit managed services',
  servers: 'need conventional servers',
};

/** "2 of 5 workloads fit serverless functions; 2 fit managed services; …" */
export function overallPicture(input: { readonly workloads: readonly { readonly record: Pick<RecordInput, 'outcome'> | null }[] }): string {
  const total = input.workloads.length;
  if (total === 0) return 'No workloads have been listed yet.';
  const parts = OPTION_KEYS.flatMap((key) => {
    const n = input.workloads.filter((w) => w.record?.outcome === key).length;
    return n === 0 ? [] : [`${n} of ${total} ${total === 1 ? 'workload' : 'workloads'} ${n === 1 ? FIT[key].replace(/^fit /, 'fits ').replace(/^need /, 'needs ') : FIT[key]}`];
  });
  const open = input.workloads.filter((w) => w.record === null).length;
  if (open > 0) parts.push(`${open} of ${total} ${open === 1 ? 'is' : 'are'} not assessed yet`);
  return `${parts.join('; ')}.`;
}

export function assessmentTitle(system: string, count: number): string {
  return `Platforms for ${cleanName(system) || 'the system'}: ${count} ${count === 1 ? 'workload' : 'workloads'}`;
}

