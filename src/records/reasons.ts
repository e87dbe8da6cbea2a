/**
 * Sentences shared by the MADR and Nygard writers: the problem statement,
 * why the chosen option won, and the good and bad consequences. Plain text;
 * writers escape it.
 */
import { OPTION_NOTES } from './option-notes.ts';
import { cleanName } from './markdown.ts';
import { optionName } from './title.ts';
import { drivers, type OptionKey, type RecordInput } from './types.ts';

const CONFIDENCE: Record<RecordInput['confidence'], string> = {
  clear: 'the answers point clearly to it',
  caveat: 'it fits, under the condition listed in the consequences',
  boundary: 'it is a close call; the conditions in the consequences decide whether it holds',
  open: 'it is the likeliest result, but answers the team was not sure of could change it; settle those before accepting this record',
};

export function names(input: RecordInput, keys: readonly OptionKey[]): string {
  const list = keys.map((k) => input.options.find((o) => o.key === k)?.name.toLowerCase() ?? k);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

export function problemStatement(input: RecordInput): string {
  const name = cleanName(input.workload);
  const subject = name ? `the workload “${name}”` : 'this workload';
  return `Which platform should ${subject} run on: serverless functions, managed services, or conventional servers that the team runs itself? The team answered ${input.trace.length} questions of the “Really serverless?” decision guide; the answers and what each one did are listed below.`;
}

/** The justification after `Chosen option: "…", because`. */
export function because(input: RecordInput): string {
  const chosen = input.outcome;
  const ruledOut = input.ruledOut.filter((k) => k !== chosen);
  const parts: string[] = [];
  if (chosen === 'serverless') parts.push('no answer rules functions out');
  else if (ruledOut.length > 0) parts.push(`the answers rule out ${names(input, ruledOut)}`);
  const prefer = input.trace.find((t) => t.effect === 'prefer');
  if (prefer) parts.push(`of what remains, ${optionName(input).toLowerCase()} fits best (${prefer.question}: ${prefer.answer})`);
  parts.push(CONFIDENCE[input.confidence]);
  return `${parts.join('; ')}.`;
}

/** "Good, because …" items: the option's standing strengths, then the answers that favoured it. */
export function goodConsequences(input: RecordInput): string[] {
  // Notes explain how an answer was read; when functions won, they are the reasons they fit.
  const favouring = drivers(input).filter((t) => t.effect === 'prefer' || (input.outcome === 'serverless' && t.effect === 'note'));
  return [...OPTION_NOTES[input.outcome].good, ...favouring.map((t) => t.explanation)];
}

/** "Bad, because …" items: caveats and warnings first (they are specific), then standing weaknesses. */
export function badConsequences(input: RecordInput): string[] {
  const caveats = input.trace
    .filter((t) => t.effect === 'caveat')
    .map((t) => `it holds only with care where ${t.question.toLowerCase()} is “${t.answer}”: ${t.explanation}`);
  const warnings = input.warnings.map((w) => `the answers point at the antipattern “${w.title}”: ${w.message}`);
  return [...caveats, ...warnings, ...OPTION_NOTES[input.outcome].bad];
}

/** Answer-specific arguments against an option: the rule-outs that named it. */
export function against(input: RecordInput, key: OptionKey): string[] {
  return input.trace.filter((t) => t.against.includes(key)).map((t) => `${t.explanation} (${t.question}: ${t.answer})`);
}
