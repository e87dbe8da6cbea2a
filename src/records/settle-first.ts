/**
 * The record's "settle these first" lines, shared by the MADR and Nygard
 * writers: questions the team answered "Not sure" whose answer decides
 * the outcome, so the record stays a proposal until they are answered.
 */
import { bullets, inline } from './markdown.ts';
import type { RecordInput } from './types.ts';

/** Markdown lines; empty when nothing open decides the outcome. */
export function settleFirstLines(input: RecordInput): string[] {
  if (input.settleFirst.length === 0) return [];
  return [
    '',
    'Settle these first: the team answered “Not sure”, and the answer decides the result.',
    '',
    ...bullets(input.settleFirst.map((o) => `${inline(o.question)}: ${inline(o.leadsTo)}.`)),
  ];
}
