/**
 * The record's "not asked on this path" lines, shared by every writer: the
 * questions the quiz skipped because an earlier answer settled the outcome,
 * whose answers can still raise warnings. Naming them keeps a record from
 * reading as "no warning" where nobody asked.
 */
import { bullets, inline, link } from './markdown.ts';
import { joinAnd } from './prose.ts';
import type { RecordInput } from './types.ts';

/** Markdown lines (a lead-in and one item per question); empty when nothing was skipped that could warn. */
export function unaskedLines(input: Pick<RecordInput, 'unasked'>): string[] {
  if (input.unasked.length === 0) return [];
  return [
    '',
    'Not asked on this path, although the answers could raise warnings: answer these in the quiz before accepting the record.',
    '',
    ...bullets(
      input.unasked.map((u) => {
        const checks = u.checks.map((c) => link(c.title, c.url));
        return `${inline(u.question)}: it would check ${checks.length > 0 ? joinAnd(checks) : 'for warnings'}. ${inline(u.reason)}`;
      }),
    ),
  ];
}
