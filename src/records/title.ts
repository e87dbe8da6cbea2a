/**
 * The record's title: "Run <workload> on <option>", the shape both MADR
 * ("short title, representative of solved problem and found solution") and
 * adr-tools ("# N. Title") expect. Plain text; writers escape it.
 */
import { cleanName } from './markdown.ts';
import type { RecordInput } from './types.ts';

export function optionName(input: Pick<RecordInput, 'options' | 'outcome'>): string {
  return input.options.find((o) => o.key === input.outcome)?.name ?? input.outcome;
}

/** "<workload> on <option>": the decision in a phrase. */
export function decisionPhrase(input: Pick<RecordInput, 'workload' | 'options' | 'outcome'>): string {
  return `${cleanName(input.workload) || 'this workload'} on ${optionName(input).toLowerCase()}`;
}

export function recordTitle(input: Pick<RecordInput, 'workload' | 'options' | 'outcome'>): string {
  return `Run ${decisionPhrase(input)}`;
}

