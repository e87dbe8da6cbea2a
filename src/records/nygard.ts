/**
 * A decision record in Michael Nygard's shape, as adr-tools writes and reads
 * it (template.md of npryce/adr-tools): `# N. Title`, `Date:`, then Status,
 * Context, Decision and Consequences. adr-tools reads the title from the
 * first line and the status from the lines between `## Status` and the next
 * line starting with `#`, so no other heading is used inside a section.
 */
import { badConsequences, because, goodConsequences, problemStatement } from './reasons.ts';
import { settleFirstLines } from './settle-first.ts';
import { unaskedLines } from './unasked.ts';
import { bullets, inline, link } from './markdown.ts';
import { recordNumber } from './file-name.ts';
import { costSentences } from './madr.ts';
import { money } from './amounts.ts';
import { sentence } from './prose.ts';
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
    ...unaskedLines(input),
    ...(drivers(input).length > 0
      ? ['', 'The answers that decided it:', '', ...bullets(drivers(input).map((t) => `${inline(t.question)}: ${inline(t.answer)}`))]
      : []),
    '',
    '## Consequences',
    '',
    'Easier:',
    '',
    ...bullets(goodConsequences(input).map((g) => inline(`${sentence(g)}.`))),
    '',
    'Harder, or risks to manage:',
    '',
    ...bullets(badConsequences(input).map((b) => inline(`${sentence(b)}.`))),
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

/** The cost estimate, when the record has one; on the team's own hardware, that no public price applies. */
function costLine(input: RecordInput): string[] {
  if (input.hosting.kind === 'own') return ['Cost: no public price applies on the team’s own hardware, so the guide gives no estimate.', ''];
  const c = input.cost;
  if (c === undefined || !Number.isFinite(c.monthly)) return [];
  // The first sentence keeps the shape records had before the range and the free tier share were added; the rest follows it.
  const more = costSentences(c).extra;
  return [
    inline(
      `Cost: about ${money(c.monthly, c.currency)} a month${c.option ? ` as ${c.option}` : ''} in the guide’s cost model, for ${c.assumptions}${c.region ? ` (prices for ${c.region})` : ''}.${more.length > 0 ? ` ${more.join(' ')}` : ''}`,
    ),
    '',
  ];
}
