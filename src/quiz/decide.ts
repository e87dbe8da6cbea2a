/**
 * The full decision shown on a result: the rule evaluation, plus what would
 * change the outcome, what "Not sure" answers leave open, and next steps.
 *
 * "What would change the outcome" is computed, not written: each asked
 * question is re-run with every other answer through the same flow and rules.
 * If the new answer opens questions that were skipped, all their answers are
 * explored, so the item can say "could be A or B, depending on ...".
 *
 * "Not sure" answers are settled by settle.ts over every reading of them;
 * here each one gets a trace line saying what its options lead to, and the
 * ones that decide between outcomes are listed to settle first.
 */
import { evaluate, warningsFor, type Evaluation, type TraceLine, type Warning } from './evaluate.ts';
import { NEEDED, readings, relevantAnswers, walk } from './flow.ts';
import { WARNING_RULES } from './rules.ts';
import { getSection, type SectionRef } from './sections.ts';
import { OUTCOMES, OUTCOME_ORDER, type OutcomeId } from './outcomes.ts';
import { QUESTIONS, QUESTION_ORDER, UNSURE, concreteOptions, type Answers, type QuestionId } from './questions.ts';
import { answerLabel, optionText } from './question-text.ts';
import { choose } from './choose.ts';
import { settle, type DecidedReading } from './settle.ts';

export interface Change {
  readonly question: QuestionId;
  /** The alternative answer's value id and label. */
  readonly value: string;
  readonly label: string;
  /** Outcomes this answer could lead to, in OUTCOME_ORDER; never just the current one. */
  readonly outcomes: readonly OutcomeId[];
  /** Questions that were skipped but would then be asked. */
  readonly alsoAsks: readonly QuestionId[];
  /** One plain sentence naming the question, the answer and the result. */
  readonly text: string;
}

/** What one option of a "Not sure" question leads to. */
export interface OpenOption {
  readonly value: string;
  readonly label: string;
  readonly outcomes: readonly OutcomeId[];
  /** Warnings this option would add to those the answers already raise. */
  readonly warnings: readonly string[];
}

/** A question answered "Not sure", and what its options would do. */
export interface OpenQuestion {
  readonly question: QuestionId;
  readonly options: readonly OpenOption[];
  /** Its options lead to different outcomes: settle it first. */
  readonly decides: boolean;
  /** Where its options lead, e.g. "“A” leads to X; “B” or “C” lead to Y". */
  readonly summary: string;
  /** One plain sentence for the trace. */
  readonly text: string;
}

/** A question the path did not ask that could have raised warnings: the result says so rather than stay silent. */
export interface Unasked {
  readonly question: QuestionId;
  /** Why the quiz did not ask it here (its `asked` reason). */
  readonly reason: string;
  /** The antipattern sections its warnings would point at, one per article. */
  readonly checks: readonly SectionRef[];
}

export interface Decision extends Evaluation {
  /** The answers the decision used: only those on the quiz's path. */
  readonly answers: Answers;
  /** Questions on the path, in asking order. */
  readonly asked: readonly QuestionId[];
  /** False when a needed question is still unanswered. */
  readonly complete: boolean;
  /** Every outcome the "Not sure" answers leave possible, in OUTCOME_ORDER (just the outcome when settled). */
  readonly range: readonly OutcomeId[];
  /** Questions answered "Not sure", in asking order. */
  readonly open: readonly OpenQuestion[];
  /** The open questions that decide between outcomes: settle these first. */
  readonly settleFirst: readonly QuestionId[];
  /** Empty until the run is complete. */
  readonly changes: readonly Change[];
  readonly nextSteps: readonly string[];
  /** Questions not on this path whose warnings the answers could not check. */
  readonly unasked: readonly Unasked[];
}

export function decide(answers: Answers): Decision {
  const { asked, next } = walk(answers);
  const relevant = relevantAnswers(answers);
  const complete = next === 'review';
  const unsure = asked.filter((q) => relevant[q] === UNSURE);
  const settlement = complete && unsure.length > 0 ? settle(relevant) : undefined;
  const base = evaluate(relevant, settlement?.primary, OUTCOME_ORDER.filter((o) => settlement !== undefined && !settlement.range.includes(o)));
  const open = settlement === undefined ? [] : unsure.map((q) => openQuestion(q, relevant, settlement.readings, base.warnings));
  const evaluation = settlement === undefined ? base : withOpenQuestions(base, relevant, settlement.range, open);
  const steps = [...evaluation.caveats.map((c) => c.nextStep), ...OUTCOMES[evaluation.outcome].nextSteps];
  return {
    ...evaluation,
    warnings: oncePerArticle(evaluation.warnings),
    unasked: complete ? unaskedWarnings(asked) : [],
    answers: relevant,
    asked,
    complete,
    range: settlement?.range ?? [evaluation.outcome],
    open,
    settleFirst: open.filter((o) => o.decides).map((o) => o.question),
    // Only a finished run has an outcome worth contrasting with.
    changes: complete ? whatWouldChange(relevant, asked, settlement?.range ?? [evaluation.outcome]) : [],
    nextSteps: [...new Set(steps)],
  };
}

/** What each option of an unsure question leads to, over the readings. */
function openQuestion(question: QuestionId, answers: Answers, decided: readonly DecidedReading[], raised: readonly Warning[]): OpenQuestion {
  const raisedIds = new Set(raised.map((w) => w.id));
  const options = concreteOptions(question).map((option): OpenOption => {
    // A reading that never asked the question is compatible with every option.
    const outcomes = OUTCOME_ORDER.filter((o) =>
      decided.some((r) => r.outcome === o && (r.chosen[question] === undefined || r.chosen[question] === option.value)),
    );
    const warnings = warningsFor({ ...answers, [question]: option.value })
      .filter((w) => !raisedIds.has(w.id))
      .map((w) => w.id);
    return { value: option.value, label: answerLabel(question, option.value), outcomes, warnings };
  });
  const decides = new Set(options.map((o) => o.outcomes.join())).size > 1;
  const summary = optionsSummary(options);
  return { question, options, decides, summary, text: openText(options, decides, summary) };
}

/** Groups the options by where they lead: “A” or “B” lead to X; “C” leads to Y. */
function optionsSummary(options: readonly OpenOption[]): string {
  const groups = new Map<string, OpenOption[]>();
  for (const option of options) groups.set(option.outcomes.join(), [...(groups.get(option.outcomes.join()) ?? []), option]);
  return [...groups.values()]
    .map((group) => {
      const names = (group[0]?.outcomes ?? []).map((o) => OUTCOMES[o].name);
      return `${joinOr(group.map((o) => `“${o.label}”`))} ${group.length > 1 ? 'lead' : 'leads'} to ${joinOr(names)}`;
    })
    .join('; ');
}

function openText(options: readonly OpenOption[], decides: boolean, summary: string): string {
  if (!decides) {
    const [first] = options;
    const name = first?.outcomes.length === 1 ? OUTCOMES[first.outcomes[0] as OutcomeId].name : 'the same result';
    const warned = options.filter((o) => o.warnings.length > 0).map((o) => `“${o.label}”`);
    const note = warned.length > 0 ? ` ${joinOr(warned)} would add a warning, listed below.` : '';
    return `Not sure: every answer leads to ${name}, so this does not change the recommendation.${note}`;
  }
  return `Not sure, and it decides the result: ${summary}.`;
}

/** The evaluation of an unsettled run: "Not sure" lines in the trace, the range in the headline, possible warnings. */
function withOpenQuestions(base: Evaluation, answers: Answers, range: readonly OutcomeId[], open: readonly OpenQuestion[]): Evaluation {
  const byQuestion = new Map(open.map((o) => [o.question, o]));
  const trace: TraceLine[] = base.trace.map((line) => {
    const item = byQuestion.get(line.question);
    if (item === undefined) return line;
    return {
      ...line,
      effect: 'unsure',
      stance: 'neutral',
      rule: { id: 'unsure', text: item.text },
      section: optionText(line.question, concreteOptions(line.question)[0]?.value ?? '')?.sections[0] ?? line.section,
      rules: [],
    };
  });
  const raised = new Set(base.warnings.map((w) => w.id));
  const possible: Warning[] = [];
  for (const item of open) {
    for (const option of item.options) {
      for (const warning of warningsFor({ ...answers, [item.question]: option.value })) {
        if (raised.has(warning.id) || !option.warnings.includes(warning.id)) continue;
        raised.add(warning.id);
        possible.push({ ...warning, possible: true });
      }
    }
  }
  // Outcomes every reading rules out are out, whatever the open answers turn out to be.
  const ruledOut = OUTCOME_ORDER.filter((o) => !range.includes(o) && base.outcome !== o);
  const unsettled = range.length > 1;
  const others = range.filter((o) => o !== base.outcome).map((o) => OUTCOMES[o].name.toLowerCase());
  return {
    ...base,
    confidence: unsettled ? 'open' : base.confidence,
    headline: unsettled ? `${OUTCOMES[base.outcome].name} for now; ${joinOr(others)} if your open answers go the other way` : base.headline,
    ruledOut,
    trace,
    warnings: [...base.warnings, ...possible],
  };
}

function whatWouldChange(answers: Answers, asked: readonly QuestionId[], current: readonly OutcomeId[]): Change[] {
  const changes: Change[] = [];
  for (const question of asked) {
    if (answers[question] === UNSURE) continue; // its options are listed as an open question
    for (const option of concreteOptions(question)) {
      if (option.value === answers[question]) continue;
      const changed = { ...answers, [question]: option.value };
      const reached = readings(changed, true);
      const outcomes = OUTCOME_ORDER.filter((o) => reached.some((r) => choose(r.answers).outcome === o));
      if (outcomes.join() === current.join()) continue;
      const opened = new Set(reached.flatMap((r) => Object.keys(r.chosen) as QuestionId[]));
      const extra = QUESTION_ORDER.filter((q) => opened.has(q) && answers[q] === undefined);
      changes.push({
        question,
        value: option.value,
        label: answerLabel(question, option.value),
        outcomes,
        alsoAsks: extra,
        text: changeText(question, answerLabel(question, option.value), outcomes, extra),
      });
    }
  }
  return changes;
}

/**
 * One warning per antipattern article: two answers can point at the same
 * article (a timer and its timeouts, say); the first keeps its place, and the
 * item is "possible" only if every warning merged into it is.
 */
function oncePerArticle(warnings: readonly Warning[]): Warning[] {
  const byPage = new Map<string, Warning>();
  for (const warning of warnings) {
    const page = getSection(warning.section).page;
    const kept = byPage.get(page);
    if (kept === undefined) {
      byPage.set(page, warning);
      continue;
    }
    const merged: Warning = { ...kept, also: [...(kept.also ?? []), warning] };
    byPage.set(page, kept.possible === true && warning.possible !== true ? (({ possible: _, ...rest }) => rest)(merged) : merged);
  }
  return [...byPage.values()];
}

/** The skipped questions that carry warnings, with the articles they would have checked. */
function unaskedWarnings(asked: readonly QuestionId[]): Unasked[] {
  return QUESTION_ORDER.filter((q) => !asked.includes(q)).flatMap((question) => {
    const pages = new Map<string, SectionRef>();
    for (const warning of WARNING_RULES.filter((w) => w.question === question)) {
      const { page } = getSection(warning.section);
      if (!pages.has(page)) pages.set(page, warning.section);
    }
    return pages.size === 0 ? [] : [{ question, reason: NEEDED[question].reason, checks: [...pages.values()] }];
  });
}

/** Outcomes still possible from these answers, over every way to finish the quiz and every reading of "Not sure". */
export function possibleOutcomes(answers: Answers): OutcomeId[] {
  const reached = readings(answers, true);
  return OUTCOME_ORDER.filter((o) => reached.some((r) => choose(r.answers).outcome === o));
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function changeText(question: QuestionId, label: string, outcomes: readonly OutcomeId[], alsoAsks: readonly QuestionId[]): string {
  const names = outcomes.map((o) => OUTCOMES[o].name);
  const start = `If you answered “${QUESTIONS[question].title}” with “${label}”,`;
  if (names.length === 1) return `${start} the recommendation would be ${names[0]}.`;
  const depending = alsoAsks.map((q) => `“${QUESTIONS[q].title}”`).join(', ');
  return `${start} the recommendation could be ${joinOr(names)}, depending on ${depending || 'your other answers'}.`;
}
