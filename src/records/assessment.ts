/**
 * One decision record for a whole system: the overall picture ("2 of 5
 * workloads fit functions"), a table, then a section per workload in the
 * MADR shape (chosen option, drivers, consequences, confirmation). MADR 4.0
 * front matter, so the same tools read it as a single record.
 */
import { badConsequences, because, goodConsequences } from './reasons.ts';
import { bullets, cleanName, inline, link } from './markdown.ts';
import { confirmationLines, madrFrontMatter } from './madr.ts';
import { optionName } from './title.ts';
import { drivers, OPTION_KEYS, type FactDate, type OptionKey, type RecordInput, type RecordOption } from './types.ts';

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
}

const FIT: Record<OptionKey, string> = {
  serverless: 'fit serverless functions',
  managed: 'fit managed services',
  servers: 'need conventional servers',
};

/** "2 of 5 workloads fit serverless functions; 2 fit managed services; …" */
export function overallPicture(input: Pick<AssessmentInput, 'workloads'>): string {
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

export function assessmentTitle(input: Pick<AssessmentInput, 'system' | 'workloads'>): string {
  const system = cleanName(input.system);
  const n = input.workloads.length;
  return `Platforms for ${system || 'the system'}: ${n} ${n === 1 ? 'workload' : 'workloads'}`;
}

function cell(text: string): string {
  return inline(text) || ' ';
}

function money(record: RecordInput): string {
  const c = record.cost;
  return c ? `${Math.round(c.monthly).toLocaleString('en-US')} ${c.currency}` : 'not estimated';
}

function workloadSection(w: AssessedWorkload, index: number): string[] {
  const heading = `## Workload ${index + 1}: ${inline(cleanName(w.name) || `workload ${index + 1}`)}`;
  const r = w.record;
  if (r === null) return [heading, '', 'Not assessed yet: the quiz has not been finished for this workload.'];
  return [
    heading,
    '',
    `Chosen option: "${inline(optionName(r))}", because ${inline(because(r))}`,
    '',
    `Recommendation: ${inline(r.headline)}. Full result: ${link(optionName(r), r.resultUrl)}.`,
    '',
    '### Decision Drivers',
    '',
    ...bullets(drivers(r).map((t) => `**${inline(t.question)}:** ${inline(t.answer)}. ${inline(t.explanation)}`), 'No single answer decided it.'),
    '',
    '### Consequences',
    '',
    ...bullets(goodConsequences(r).map((g) => `Good, because ${inline(g)}`)),
    ...bullets(badConsequences(r).map((b) => `Bad, because ${inline(b)}`)),
    '',
    '### Confirmation',
    '',
    ...confirmationLines(r),
  ];
}

export function toAssessmentMadr(input: AssessmentInput): string {
  const anyCost = input.workloads.some((w) => w.record?.cost !== undefined);
  const header = ['Workload', 'Outcome', 'Confidence', 'Warnings', ...(anyCost ? ['Estimated monthly cost'] : [])];
  const rows = input.workloads.map((w, i) => {
    const r = w.record;
    const name = cleanName(w.name) || `workload ${i + 1}`;
    if (r === null) return [name, 'not assessed yet', '', '', ...(anyCost ? [''] : [])];
    return [name, optionName(r), r.confidence, r.warnings.map((x) => x.title).join(', ') || 'none', ...(anyCost ? [money(r)] : [])];
  });
  return [
    ...madrFrontMatter(input.date),
    '',
    `# ${inline(assessmentTitle(input))}`,
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
    ...input.workloads.flatMap((w, i) => [...workloadSection(w, i), '']),
    '## More Information',
    '',
    ...bullets([`The whole assessment, to reopen and change: ${link('assessment link', input.assessmentUrl)}`]),
    '',
    `Generated by the “Really serverless?” decision guide, version ${inline(input.guideVersion)}, on ${inline(input.date)}.`,
    ...(input.facts.length > 0
      ? ['', 'Platform facts used, with the day each was last checked against its source:', '', ...bullets(input.facts.map((f) => `${f.url ? link(f.label, f.url) : inline(f.label)}: checked ${inline(f.checked)}`))]
      : []),
    '',
  ].join('\n');
}
