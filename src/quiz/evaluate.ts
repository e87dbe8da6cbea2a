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
import { WARNING_RULES, type Rule } from './rules.ts';
import { wordsOf } from './rule-words.ts';
import type { SectionRef } from './sections.ts';

/** From most to least settled; 'open' means "Not sure" answers leave more than one outcome possible. */
export type Confidence = 'clear' | 'caveat' | 'boundary' | 'open';

export type TraceEffect = Rule['effect']['kind'] | 'no-effect' | 'unsure';

/**
 * Where a trace line stands towards the recommendation: `for` it (a rule-out
 * of another outcome, the preference that chose it, a note speaking for it),
 * `against` it (a condition on it, or a note for another outcome still in
 * play), or `neutral` (how the answer was read, or a note for an outcome
 * that is ruled out anyway).
 */
export type Stance = 'for' | 'against' | 'neutral';

/** One rule that fired on an answer. */
export interface TraceRule {
  readonly id: string;
  readonly effect: Rule['effect']['kind'];
  readonly text: string;
  readonly section: SectionRef;
}

/** One line per answer, however many rules fired on it. */
export interface TraceLine {
  readonly question: QuestionId;
  /** Answer value id ('' if a rule fired on a missing answer). */
  readonly answer: string;
  readonly answerLabel: string;
  /**
   * The strongest effect on the line (rule-out, prefer, caveat, note);
   * `no-effect` for answers no rule talks about; `unsure` for "Not sure".
   */
  readonly effect: TraceEffect;
  /** The line's first rule id and all its rules' sentences, as one text. */
  readonly rule: { readonly id: string; readonly text: string };
  /** The first rule's section. */
  readonly section: SectionRef;
  /** Every rule the line says, in table order: rules whose stance contradicts the line's are left out (see `stance`). */
  readonly rules: readonly TraceRule[];
  /** Where the line stands towards the recommendation. */
  readonly stance: Stance;
}

export interface Warning {
  readonly id: string;
  readonly question: QuestionId;
  readonly message: string;
  readonly section: SectionRef;
  /** Raised only by some answers to a "Not sure" question, not by the answers as given. */
  readonly possible?: boolean;
  /** The antipattern exists only where the work runs as functions (WarningDef.functionsOnly). */
  readonly functionsOnly?: true;
  /** Other warnings that point at the same antipattern article, shown with this one (decide.ts). */
  readonly also?: readonly Warning[];
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

/** The warnings the answers raise, in table order. */
export function warningsFor(answers: Answers): Warning[] {
  return WARNING_RULES.filter((w) => w.when(answers)).map(({ id, question, section, functionsOnly }) => ({
    id,
    question,
    message: wordsOf(id)?.says ?? '',
    section,
    ...(functionsOnly ? { functionsOnly } : {}),
  }));
}

/** Whether a result for `outcome` must say that `warning` holds only for the parts of the work built as functions. */
export function concernsOnlyFunctions(outcome: OutcomeId, warning: Pick<Warning, 'functionsOnly'>): boolean {
  return outcome !== 'serverless' && warning.functionsOnly === true;
}

/**
 * `outcome` overrides the rules' choice: decide.ts passes the outcome that
 * the readings of "Not sure" answers settle on, and the evaluation then
 * explains that outcome from the answers as given.
 */
export function evaluate(answers: Answers, outcome: OutcomeId = choose(answers).outcome, outOfRange: readonly OutcomeId[] = []): Evaluation {
  const chosen = choose(answers);
  const { fired, ruledOut } = chosen;
  const deciding = outcome === chosen.outcome ? chosen.deciding : fired.find((r) => r.effect.kind === 'prefer' && r.effect.outcome === outcome);
  const boundaryChoice = outcome === chosen.outcome ? chosen.boundaryChoice : deciding?.effect.kind === 'prefer' && deciding.effect.boundary;

  const caveatRules = fired.filter((rule) => rule.effect.kind === 'caveat' && rule.effect.outcome === outcome);
  const caveats = caveatRules.map((rule) => ({ id: rule.id, label: ruleText(rule.id).label ?? '', nextStep: ruleText(rule.id).nextStep ?? '' }));

  const confidence: Confidence =
    boundaryChoice === true || caveats.length >= 2 ? 'boundary' : caveats.length === 1 ? 'caveat' : 'clear';

  const shown = fired.filter(
    (rule) => rule.effect.kind === 'rule-out' || rule.effect.kind === 'note' || rule === deciding || caveatRules.includes(rule),
  );

  return {
    outcome,
    confidence,
    headline: headline(outcome, caveats, boundaryChoice === true),
    caveats,
    ruledOut: [...ruledOut],
    // Outcomes no reading of "Not sure" answers reaches count as ruled out for where a line stands.
    trace: buildTrace(answers, shown, outcome, new Set([...ruledOut, ...outOfRange])),
    warnings: warningsFor(answers),
  };
}

/** The words of a rule: its trace sentence and, for caveats, label and next step. */
export interface RuleText {
  readonly explanation: string;
  readonly label?: string;
  readonly nextStep?: string;
}

/** The words of a rule, by id (an empty explanation for an id without words; a unit test forbids that). */
export function ruleText(id: string): RuleText {
  const words = wordsOf(id);
  if (words === undefined) return { explanation: '' };
  return { explanation: words.says, ...(words.label === undefined ? {} : { label: words.label }), ...(words.nextStep === undefined ? {} : { nextStep: words.nextStep }) };
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

/** Strongest first: the effect a trace line is labelled with. */
const EFFECT_STRENGTH: readonly Rule['effect']['kind'][] = ['rule-out', 'prefer', 'caveat', 'note'];

/** Where one rule stands towards `outcome`, given what the answers ruled out. */
export function ruleStance(rule: Rule, outcome: OutcomeId, ruledOut: ReadonlySet<OutcomeId>): Stance {
  const effect = rule.effect;
  switch (effect.kind) {
    case 'rule-out':
      return effect.outcomes.includes(outcome as never) ? 'against' : 'for';
    case 'prefer':
      return effect.outcome === outcome ? 'for' : 'neutral';
    case 'caveat':
      return effect.outcome === outcome ? 'against' : 'neutral';
    case 'note':
      if (rule.favours === undefined || ruledOut.has(rule.favours)) return 'neutral';
      return rule.favours === outcome ? 'for' : 'against';
  }
}

/**
 * One line per answer, in asking order. The line takes the stance of its
 * strongest rule and says only the rules that agree with it (or are
 * neutral), so a line under "why" never argues the other way: a note that
 * functions meet the goal is left out of the line whose preference chose a
 * managed platform because functions were ruled out.
 */
function buildTrace(answers: Answers, shown: readonly Rule[], outcome: OutcomeId, ruledOut: ReadonlySet<OutcomeId>): TraceLine[] {
  const lines: TraceLine[] = [];
  for (const question of QUESTION_ORDER) {
    const fired = shown.filter((rule) => rule.question === question);
    const answer = answers[question];
    // A rule can only speak about an unanswered question as a fallback.
    if (answer === undefined && fired.length === 0) continue;
    const label = answer === undefined ? 'Not answered' : answerLabel(question, answer);
    const strongest = EFFECT_STRENGTH.map((kind) => fired.find((r) => r.effect.kind === kind)).find((r) => r !== undefined);
    if (strongest === undefined) {
      lines.push({
        question,
        answer: answer ?? '',
        answerLabel: label,
        effect: 'no-effect',
        rule: { id: 'no-effect', text: 'This answer did not change the recommendation.' },
        section: (answer === undefined ? undefined : optionText(question, answer)?.sections[0]) ?? 'goals#choosing',
        rules: [],
        stance: 'neutral',
      });
      continue;
    }
    const stance = ruleStance(strongest, outcome, ruledOut);
    const strength = (rule: Rule) => EFFECT_STRENGTH.indexOf(rule.effect.kind);
    const said = fired
      .filter((rule) => {
        const own = ruleStance(rule, outcome, ruledOut);
        return own === stance || own === 'neutral';
      })
      .sort((x, y) => strength(x) - strength(y));
    const rules: TraceRule[] = said.map((rule) => ({ id: rule.id, effect: rule.effect.kind, text: ruleText(rule.id).explanation, section: rule.section }));
    const first = rules[0] ?? { id: strongest.id, effect: strongest.effect.kind, text: ruleText(strongest.id).explanation, section: strongest.section };
    lines.push({
      question,
      answer: answer ?? '',
      answerLabel: label,
      effect: strongest.effect.kind,
      rule: { id: first.id, text: [...new Set(rules.map((r) => r.text))].join(' ') },
      section: first.section,
      rules,
      stance,
    });
  }
  return lines;
}
