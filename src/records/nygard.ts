/**
 * A decision record in Michael Nygard's shape, as adr-tools writes and reads
 * it (template.md of npryce/adr-tools): `# N. Title`, `Date:`, then Status,
 * Context, Decision and Consequences. adr-tools reads the title from the
 * first line and the status from the lines between `## Status` and the next
 * line starting with `#`, so no other heading is used inside a section.
 */
import { badConsequences, because, goodConsequences, problemStatement } from './reasons.ts';
import { settleFirstLines } from './settle-first.ts';
import { bullets, inline, link } from './markdown.ts';
import { recordNumber } from './file-name.ts';
import { money } from './amounts.ts';
import { decisionPhrase, recordTitle } from './title.ts';
import { revisitTriggers } from './triggers.ts';
import { drivers, type RecordInput } from './types.ts';

export function toNygard(input: RecordInput, number: number | string = 1): string {
  const n = Number(recordNumber(number));
  const date = /^\d{4}-\d{2}-\d{2}$/.test(input.date) ? input.date : '1970-01-01';
  return [
    `# ${n}. ${inline(recordTitle(input))}`,
    '',
    `Date: ${date}`,
    '',
    '## Status',
    '',
    'Proposed',
    '',
    '## Context',
    '',
    inline(problemStatement(input)),
    '',
    ...bullets(input.trace.map((t) => `**${inline(t.question)}:** ${inline(t.answer)}. ${inline(t.explanation)}`)),
    '',
    '## Decision',
    '',
    `We will run ${inline(decisionPhrase(input))}, because ${inline(because(input))}`,
    '',
    `Recommendation: ${inline(input.headline)}.`,
    ...settleFirstLines(input),
    ...(drivers(input).length > 0
      ? ['', 'The answers that decided it:', '', ...bullets(drivers(input).map((t) => `${inline(t.question)}: ${inline(t.answer)}`))]
      : []),
    '',
    '## Consequences',
    '',
    'Easier:',
    '',
    ...bullets(goodConsequences(input).map((g) => inline(capitalise(g)))),
    '',
    'Harder, or risks to manage:',
    '',
    ...bullets(badConsequences(input).map((b) => inline(capitalise(b)))),
    '',
    ...costLine(input),
    'Revisit this decision when:',
    '',
    ...bullets(revisitTriggers(input).map(inline)),
    ...(input.changes.length > 0 ? ['', ...bullets(input.changes.map(inline))] : []),
    '',
    `Source: ${link(`“Really serverless?” decision guide, version ${input.guideVersion}`, input.resultUrl)}.`,
    '',
  ].join('\n');
}

/** One sentence on the cost estimate, when the record has one. */
function costLine(input: RecordInput): string[] {
  const c = input.cost;
  if (c === undefined || !Number.isFinite(c.monthly)) return [];
  return [
    inline(`Cost: about ${money(c.monthly, c.currency)} a month${c.option ? ` as ${c.option}` : ''} in the guide’s cost model, for ${c.assumptions}${c.region ? ` (prices for ${c.region})` : ''}.`),
    '',
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
