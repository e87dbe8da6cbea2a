/**
 * One decision record for a whole system: the overall picture ("2 of 5
 * workloads fit functions"), a table, then a section per workload in the
 * MADR shape (chosen option, drivers, consequences, cost, confirmation).
 * MADR 4.0 front matter, so the same tools read it as a single record.
 *
 * Each workload is costed on its own figures and its team's cloud, so the
 * table says the basis of every row, and the record says whether the free
 * tier was applied (once for the whole account, never once per workload).
 */
import { because } from './reasons.ts';
import { bullets, cleanName, inline, link } from './markdown.ts';
import { money } from './amounts.ts';
import { confirmationLines, consequenceLines, costParagraph, factLine, madrFrontMatter, priceSourceLines } from './madr.ts';
import { settleFirstLines } from './settle-first.ts';
import { unaskedLines } from './unasked.ts';
import { optionName } from './title.ts';
import { CONFIDENCE_LABELS, COST_BASIS, FREE_TIER_WORDS } from './labels.ts';
import { assessmentTitle, overallPicture } from './overall.ts';
import { drivers, type FactDate, type RecordInput, type RecordOption, type RecordWarning } from './types.ts';

export interface AssessedWorkload {
  readonly name: string;
  /** Null while the quiz has not been finished for this workload. */
  readonly record: RecordInput | null;
}

export interface AssessmentInput {
  readonly system: string;
  readonly workloads: readonly AssessedWorkload[];
  readonly options: readonly RecordOption[];
  /** Absolute link that restores the whole assessment. */
  readonly assessmentUrl: string;
  readonly guideVersion: string;
  readonly date: string;
  readonly facts: readonly FactDate[];
  /** The account's free tier credited once across the workloads (each workload's cost then has accountMonthly). */
  readonly freeTierOnce: boolean;
}

function cell(text: string): string {
  return inline(text) || ' ';
}

/** The bill the table shows: with the workload's share of the free tier when the assessment applies it. */
export function shownMonthly(record: RecordInput): number | undefined {
  const c = record.cost;
  return c === undefined ? undefined : (c.accountMonthly ?? c.monthly);
}

/** The table's cost cell and basis cell for one workload. */
export function costCells(record: RecordInput): [cost: string, basis: string] {
  if (record.hosting.kind === 'own') return ['no public price', 'the team’s own data centre'];
  const c = record.cost;
  if (c === undefined) return ['not estimated', ''];
  return [money(shownMonthly(record)!, c.currency), c.basis ?? ''];
}

/** Warning titles for a table cell, a possible one marked so. */
export function warningTitles(warnings: readonly RecordWarning[]): string {
  return warnings.map((w) => (w.possible ? `${w.title} (possible)` : w.title)).join('; ');
}

function costSection(r: RecordInput): string[] {
  if (r.hosting.kind === 'own') return ['### Cost', '', 'No public price applies: the workload runs in the team’s own data centre, so the guide gives no estimate.'];
  if (r.cost === undefined) return [];
  return ['### Cost', '', inline(`${costParagraph(r.cost)}${r.cost.region ? ` Prices for ${r.cost.region}.` : ''}`)];
}

function workloadSection(w: AssessedWorkload, index: number): string[] {
  const heading = `## Workload ${index + 1}: ${inline(cleanName(w.name) || `workload ${index + 1}`)}`;
  const r = w.record;
  if (r === null) return [heading, '', 'Not assessed yet: the quiz has not been finished for this workload.'];
  const cost = costSection(r);
  return [
    heading,
    '',
    `Chosen option: "${inline(optionName(r))}", because ${inline(because(r))}`,
    '',
    `Recommendation: ${inline(r.headline)}. Full result: ${link(optionName(r), r.resultUrl)}.`,
    ...settleFirstLines(r),
    ...unaskedLines(r),
    '',
    '### Decision Drivers',
    '',
    ...bullets(drivers(r).map((t) => `**${inline(t.question)}:** ${inline(t.answer)}. ${inline(t.explanation)}`), 'No single answer decided it.'),
    '',
    '### Consequences',
    '',
    ...consequenceLines(r),
    ...(cost.length > 0 ? ['', ...cost] : []),
    '',
    '### Confirmation',
    '',
    ...confirmationLines(r),
  ];
}

/** The paragraph under the table: how the costs were made, the free tier, and the total. */
function costNote(input: AssessmentInput): string | undefined {
  const done = input.workloads.flatMap((w) => (w.record ? [w.record] : []));
  const priced = done.filter((r) => r.cost !== undefined && r.hosting.kind !== 'own');
  const own = done.filter((r) => r.hosting.kind === 'own').length;
  if (priced.length === 0 && own === 0) return undefined;
  const currency = priced[0]?.cost?.currency ?? 'USD';
  const total = priced.reduce((sum, r) => sum + (shownMonthly(r) ?? 0), 0);
  return [
    `Estimated monthly cost: the recommended option’s bill in the guide’s cost model, ${COST_BASIS}. The basis of each row says which figures are the team’s and which are assumed; each workload’s section gives the inputs in full.`,
    input.freeTierOnce ? FREE_TIER_WORDS.on : FREE_TIER_WORDS.off,
    ...(priced.length > 0 ? [`Total for the ${priced.length === 1 ? 'workload' : `${priced.length} workloads`} priced: about ${money(total, currency)} a month.`] : []),
    ...(own > 0 ? [`${own === 1 ? 'One workload runs' : `${own} workloads run`} in the team’s own data centre, where no public price applies.`] : []),
  ].join(' ');
}

export function toAssessmentMadr(input: AssessmentInput): string {
  const anyCost = input.workloads.some((w) => w.record !== null && (w.record.cost !== undefined || w.record.hosting.kind === 'own'));
  const header = ['Workload', 'Outcome', 'Confidence', 'Warnings', ...(anyCost ? ['Estimated monthly cost', 'Cost basis'] : [])];
  const rows = input.workloads.map((w, i) => {
    const r = w.record;
    const name = cleanName(w.name) || `workload ${i + 1}`;
    if (r === null) return [name, 'not assessed yet', '', '', ...(anyCost ? ['', ''] : [])];
    return [name, optionName(r), CONFIDENCE_LABELS[r.confidence], warningTitles(r.warnings) || 'none', ...(anyCost ? costCells(r) : [])];
  });
  const paragraph = costNote(input);
  const sources = [...new Map(input.workloads.flatMap((w) => w.record?.cost?.sources ?? []).map((f) => [`${f.label}|${f.url ?? ''}`, f])).values()];
  const regions = [...new Set(input.workloads.flatMap((w) => (w.record?.cost?.region ? [w.record.cost.region] : [])))];
  return [
    ...madrFrontMatter(input.date),
    '',
    `# ${inline(assessmentTitle(input.system, input.workloads.length))}`,
    '',
    '## Context and Problem Statement',
    '',
    inline(
      `Which platform should each workload of ${cleanName(input.system) || 'the system'} run on: serverless functions, managed services, or conventional servers? Each workload was taken through the “Really serverless?” decision guide on its own.`,
    ),
    '',
    '## Considered Options',
    '',
    ...bullets(input.options.map((o) => inline(o.name))),
    '',
    '## Decision Outcome',
    '',
    inline(overallPicture(input)),
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    ...(paragraph ? [inline(paragraph), ''] : []),
    ...input.workloads.flatMap((w, i) => [...workloadSection(w, i), '']),
    '## More Information',
    '',
    ...bullets([`The whole assessment, to reopen and change: ${link('assessment link', input.assessmentUrl)}`]),
    '',
    `Generated by the “Really serverless?” decision guide, version ${inline(input.guideVersion)}, on ${inline(input.date)}.`,
    ...(input.facts.length > 0 ? ['', 'Platform facts used, with the day each was last checked against its source:', '', ...bullets(input.facts.map(factLine))] : []),
    ...(regions.length > 0 ? ['', inline(`Prices in the cost estimates are before tax and data transfer, for ${regions.join('; ')}.`)] : []),
    ...priceSourceLines(sources),
    '',
  ].join('\n');
}
