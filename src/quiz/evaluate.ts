/**
 * Applies the rule table (rules.ts) to a set of answers.
 *
 * Pure and total: any combination of answers, including none, yields one of
 * the three outcomes. This is the function the skip proof in the tests runs
 * on complete answer sets; decide.ts adds what needs the flow on top.
 */
import { OUTCOMES, type OutcomeId } from './outcomes.ts';
import { QUESTION_ORDER, type Answers, type QuestionId } from './questions.ts';
import { answerLabel, optionText } from './question-text.ts';
import { choose } from './choose.ts';
import { RULE_TEXT, WARNING_TEXT, type RuleText } from './rule-text.ts';
import { WARNING_RULES, type Rule } from './rules.ts';
import type { SectionRef } from './sections.ts';

export type Confidence = 'clear' | 'caveat' | 'boundary';

export interface TraceLine {
  readonly question: QuestionId;
  /** Answer value id ('' if the rule fired on a missing answer). */
  readonly answer: string;
  readonly answerLabel: string;
  /** `no-effect` lines are added for answers no rule talks about. */
  readonly effect: Rule['effect']['kind'] | 'no-effect';
  readonly rule: { readonly id: string; readonly text: string };
  readonly section: SectionRef;
}

export interface Warning {
  readonly id: string;
  readonly question: QuestionId;
  readonly message: string;
  readonly section: SectionRef;
}

export interface Caveat {
  readonly id: string;
  readonly label: string;
  readonly nextStep: string;
}

export interface Evaluation {
  readonly outcome: OutcomeId;
  readonly confidence: Confidence;
  readonly headline: string;
  readonly caveats: readonly Caveat[];
  /** Outcomes some rule removed. */
  readonly ruledOut: readonly OutcomeId[];
  readonly trace: readonly TraceLine[];
  readonly warnings: readonly Warning[];
}

export { isRuledOut } from './choose.ts';

export function evaluate(answers: Answers): Evaluation {
  const { outcome, boundaryChoice, deciding, fired, ruledOut } = choose(answers);

  const caveatRules = fired.filter((rule) => rule.effect.kind === 'caveat' && rule.effect.outcome === outcome);
  const caveats = caveatRules.map((rule) => ({ id: rule.id, label: ruleText(rule.id).label ?? '', nextStep: ruleText(rule.id).nextStep ?? '' }));

  const confidence: Confidence =
    boundaryChoice || caveats.length >= 2 ? 'boundary' : caveats.length === 1 ? 'caveat' : 'clear';

  const shown = fired.filter(
    (rule) => rule.effect.kind === 'rule-out' || rule.effect.kind === 'note' || rule === deciding || caveatRules.includes(rule),
  );

  return {
    outcome,
    confidence,
    headline: headline(outcome, caveats, boundaryChoice),
    caveats,
    ruledOut: [...ruledOut],
    trace: buildTrace(answers, shown),
    warnings: WARNING_RULES.filter((w) => w.when(answers)).map(({ id, question, section }) => ({
      id,
      question,
      message: WARNING_TEXT[id] ?? '',
      section,
    })),
  };
}

/** The words of a rule (a unit test proves every rule has them). */
export function ruleText(id: string): RuleText {
  return RULE_TEXT[id] ?? { explanation: '' };
}

/** "Serverless functions, with a caveat: cold starts" and friends. */
function headline(outcome: OutcomeId, caveats: readonly Caveat[], boundaryChoice: boolean): string {
  const name = OUTCOMES[outcome].name;
  // Two caveats can share a label (e.g. both cold-start rules); say it once.
  const labels = [...new Set(caveats.map((c) => c.label))];
  if (boundaryChoice) {
    const other = outcome === 'servers' ? OUTCOMES.managed.name : OUTCOMES.servers.name;
    const base = `${name}, on the boundary with ${other.toLowerCase()}`;
    return labels.length > 0 ? `${base}; caveat: ${joinAnd(labels)}` : base;
  }
  if (labels.length === 0) return name;
  if (caveats.length === 1) return `${name}, with a caveat: ${joinAnd(labels)}`;
  return `${name}, on the boundary: ${joinAnd(labels)}`;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One line per rule shown, in asking order; every answer gets at least one. */
function buildTrace(answers: Answers, shown: readonly Rule[]): TraceLine[] {
  const lines: TraceLine[] = [];
  for (const question of QUESTION_ORDER) {
    const forQuestion = shown.filter((rule) => rule.question === question);
    const answer = answers[question];
    // A rule can only speak about an unanswered question as a fallback.
    if (answer === undefined && forQuestion.length === 0) continue;
    const label = answer === undefined ? 'Not answered' : answerLabel(question, answer);
    for (const rule of forQuestion) {
      lines.push({
        question,
        answer: answer ?? '',
        answerLabel: label,
        effect: rule.effect.kind,
        rule: { id: rule.id, text: ruleText(rule.id).explanation },
        section: rule.section,
      });
    }
    if (forQuestion.length === 0 && answer !== undefined) {
      lines.push({
        question,
        answer,
        answerLabel: label,
        effect: 'no-effect',
        rule: { id: 'no-effect', text: 'This answer did not change the recommendation.' },
        section: optionText(question, answer)?.sections[0] ?? 'goals#choosing',
      });
    }
  }
  return lines;
}
