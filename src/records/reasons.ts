/**
 * Sentences shared by the MADR, Nygard and assessment writers: the problem
 * statement, why the chosen option won, and the good and bad consequences.
 * Plain text; writers escape it.
 *
 * Consequences are what is specific to this workload: the answers that
 * speak for the recommendation ("Good, because …"), the ones that speak
 * against it or attach a condition, with what to do about it, and the
 * warnings, each once ("Bad, because …"), and what the cost estimate says
 * at its volume. The standing arguments for and against each option stay
 * under "Pros and Cons of the Options"; they stand in here only when no
 * answer said anything either way.
 */
import { OPTION_NOTES } from './option-notes.ts';
import { cleanName } from './markdown.ts';
import { events, money } from './amounts.ts';
import { optionName } from './title.ts';
import { clause, continuing } from './prose.ts';
import type { Condition, Hosting, OptionKey, RecordInput, RecordWarning, TraceEntry } from './types.ts';

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

/** Why no single provider's prices and limits are the team's, as the start of a sentence. */
export const OPEN_CLOUD: { readonly [W in Extract<Hosting, { kind: 'open' }>['why']]: string } = {
  several: 'The team runs it on more than one public cloud',
  undecided: 'The team has not chosen a public cloud for it yet',
};

/** Where the workload runs, in one sentence of the context. */
export function hostingSentence(hosting: Hosting): string {
  switch (hosting.kind) {
    case 'own':
      return 'It runs in the team’s own data centre, so no public cloud’s price or platform limit is quoted as the team’s.';
    case 'cloud':
      return `It runs on ${hosting.name}: the prices and limits quoted are that provider’s.`;
    case 'open':
      return `${OPEN_CLOUD[hosting.why]}, so each price or limit quoted names the provider it belongs to.`;
  }
}

export function problemStatement(input: RecordInput): string {
  const name = cleanName(input.workload);
  const subject = name ? `the workload “${name}”` : 'this workload';
  return `Which platform should ${subject} run on: serverless functions, managed services, or conventional servers that the team runs itself? ${hostingSentence(input.hosting)} The team answered ${input.trace.length} questions of the “Really serverless?” decision guide; the answers and what each one did are listed below.`;
}

/** “Question”: “answer”, the way a composed sentence refers to an answer. */
function answered(t: Pick<TraceEntry, 'question' | 'answer'>): string {
  return `“${t.question}”: “${t.answer}”`;
}

/** The justification after `Chosen option: "…", because`. */
export function because(input: RecordInput): string {
  const chosen = input.outcome;
  const ruledOut = input.ruledOut.filter((k) => k !== chosen);
  const parts: string[] = [];
  if (chosen === 'serverless') parts.push('no answer rules functions out');
  else if (ruledOut.length > 0) parts.push(`the answers rule out ${names(input, ruledOut)}`);
  const prefer = input.trace.find((t) => t.effect === 'prefer');
  if (prefer) parts.push(`of what remains, ${optionName(input).toLowerCase()} fits best (${answered(prefer)})`);
  parts.push(CONFIDENCE[input.confidence]);
  return `${parts.join('; ')}.`;
}

/** One answer's sentence, continuing "because", with the answer it comes from. */
function fromAnswer(t: Pick<TraceEntry, 'question' | 'answer' | 'explanation'>): string {
  return `${continuing(clause(t.explanation))} (${answered(t)})`;
}

/** A condition, with what to do about it. */
function condition(c: Condition): string {
  return c.nextStep === '' ? fromAnswer(c) : `${fromAnswer(c)}; next step: ${continuing(clause(c.nextStep))}`;
}

/** A warning, once per antipattern; a possible one keeps the word. */
export function warningClause(w: RecordWarning): string {
  const at = w.possible
    ? `the answers may point at the antipattern “${w.title}” (possible: only some answers to a question the team was not sure of lead there)`
    : `the answers point at the antipattern “${w.title}”`;
  const lead = w.ifFunctions ? `for any part built as functions, ${at}` : at;
  const more = [...new Set(w.also ?? [])].filter((m) => m !== w.message).map((m) => continuing(clause(m)));
  return `${lead}: ${continuing(clause(w.message))}${more.length > 0 ? `; also, ${more.join('; ')}` : ''}`;
}

/** What the cost estimate says about the chosen option at the workload's volume: good or bad, or nothing without one. */
function costConsequence(input: RecordInput): { readonly good: boolean; readonly text: string } | undefined {
  const c = input.cost;
  if (c === undefined || c.eventsPerMonth === undefined || !Number.isFinite(c.monthly)) return undefined;
  const option = c.option ?? optionName(input).toLowerCase();
  const at = `at the volume in the cost estimate (${events(c.eventsPerMonth)} a month)`;
  const bill = `about ${money(c.monthly, c.currency)} a month`;
  const onFunctions = input.outcome === 'serverless';
  if (c.breakEvenPerMonth === undefined) {
    return onFunctions
      ? { good: true, text: `${at}, ${option} cost ${bill}, and in the estimate they stay cheaper than capacity that is always on at any volume it covers` }
      : { good: false, text: `${at}, ${option} cost ${bill}, and in the estimate functions stay cheaper at any volume it covers: the other answers decided this` };
  }
  const functionsCheaper = c.eventsPerMonth < c.breakEvenPerMonth;
  const turn = `the two cost the same at about ${events(c.breakEvenPerMonth)} a month`;
  if (onFunctions) {
    const other = c.comparedWith ?? 'capacity that is always on';
    return functionsCheaper
      ? { good: true, text: `${at}, ${option} cost ${bill}, less than ${other}; ${turn}` }
      : { good: false, text: `${at}, ${other} would cost less than ${option} (${bill}); ${turn}, so the other answers decided this` };
  }
  return functionsCheaper
    ? { good: false, text: `${at}, functions would cost less than ${option} (${bill}); ${turn}, so the other answers decided this` }
    : { good: true, text: `${at}, ${option} cost ${bill}, less than functions; ${turn}` };
}

/** "Good, because …" items: the answers that speak for the option, and the cost estimate when it agrees. */
export function goodConsequences(input: RecordInput): string[] {
  const cost = costConsequence(input);
  const specific = [...input.trace.filter((t) => t.stance === 'for' && t.explanation !== '').map(fromAnswer), ...(cost?.good ? [cost.text] : [])];
  return specific.length > 0 ? specific : [...OPTION_NOTES[input.outcome].good];
}

/** "Bad, because …" items: conditions with their next steps, answers against, warnings once each, and the cost estimate when it disagrees. */
export function badConsequences(input: RecordInput): string[] {
  // A line against the option that only states a condition is said once, with the condition's next step.
  const conditions = new Set(input.conditions.map((c) => c.explanation));
  const against = input.trace.filter((t) => t.stance === 'against' && t.explanation !== '' && !(t.effect === 'caveat' && [...conditions].some((c) => t.explanation.includes(c))));
  const cost = costConsequence(input);
  const specific = [
    ...input.conditions.filter((c) => c.explanation !== '').map(condition),
    ...against.map(fromAnswer),
    ...input.warnings.map(warningClause),
    ...(cost && !cost.good ? [cost.text] : []),
  ];
  return specific.length > 0 ? specific : [...OPTION_NOTES[input.outcome].bad];
}

/** Next steps the consequences have not already given with their conditions. */
export function remainingNextSteps(input: RecordInput): string[] {
  const given = new Set(input.conditions.map((c) => c.nextStep));
  return input.nextSteps.filter((s) => !given.has(s));
}

/** Answer-specific arguments against an option: the rule-outs that named it. */
export function against(input: RecordInput, key: OptionKey): string[] {
  return input.trace.filter((t) => t.against.includes(key)).map(fromAnswer);
}
