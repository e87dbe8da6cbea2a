/**
 * The full decision shown on a result: the rule evaluation, plus what would
 * change the outcome and the next steps.
 *
 * "What would change the outcome" is computed, not written: each asked
 * question is re-run with every other answer through the same flow and rules.
 * If the new answer opens questions that were skipped, all their answers are
 * explored, so the item can say "could be A or B, depending on ...".
 */
import { evaluate, type Evaluation } from './evaluate.ts';
import { relevantAnswers, walk } from './flow.ts';
import { OUTCOMES, OUTCOME_ORDER, type OutcomeId } from './outcomes.ts';
import { QUESTIONS, type Answers, type QuestionId } from './questions.ts';
import { answerLabel } from './question-text.ts';

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

export interface Decision extends Evaluation {
  /** The answers the decision used: only those on the quiz's path. */
  readonly answers: Answers;
  /** Questions on the path, in asking order. */
  readonly asked: readonly QuestionId[];
  /** False when a needed question is still unanswered. */
  readonly complete: boolean;
  /** Empty until the run is complete. */
  readonly changes: readonly Change[];
  readonly nextSteps: readonly string[];
}

export function decide(answers: Answers): Decision {
  const { asked, next } = walk(answers);
  const relevant = relevantAnswers(answers);
  const evaluation = evaluate(relevant);
  const steps = [...evaluation.caveats.map((c) => c.nextStep), ...OUTCOMES[evaluation.outcome].nextSteps];
  return {
    ...evaluation,
    answers: relevant,
    asked,
    complete: next === 'review',
    // Only a finished run has an outcome worth contrasting with.
    changes: next === 'review' ? whatWouldChange(relevant, asked, evaluation.outcome) : [],
    nextSteps: [...new Set(steps)],
  };
}

function whatWouldChange(answers: Answers, asked: readonly QuestionId[], current: OutcomeId): Change[] {
  const changes: Change[] = [];
  for (const question of asked) {
    for (const option of QUESTIONS[question].options) {
      if (option.value === answers[question]) continue;
      const alsoAsks = new Set<QuestionId>();
      const reached = reachableOutcomes({ ...answers, [question]: option.value }, alsoAsks);
      const outcomes = OUTCOME_ORDER.filter((o) => reached.has(o));
      if (outcomes.length === 1 && outcomes[0] === current) continue;
      const extra = [...alsoAsks];
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

/** Outcomes still possible from these answers, over every way to finish the quiz. */
export function possibleOutcomes(answers: Answers): OutcomeId[] {
  const reached = reachableOutcomes(answers, new Set());
  return OUTCOME_ORDER.filter((o) => reached.has(o));
}

/** Every outcome the quiz could end in from here, over all unanswered paths. */
function reachableOutcomes(answers: Answers, alsoAsks: Set<QuestionId>): Set<OutcomeId> {
  const { next } = walk(answers);
  if (next === 'review') return new Set([evaluate(relevantAnswers(answers)).outcome]);
  alsoAsks.add(next);
  const found = new Set<OutcomeId>();
  for (const option of QUESTIONS[next].options) {
    for (const outcome of reachableOutcomes({ ...answers, [next]: option.value }, alsoAsks)) found.add(outcome);
  }
  return found;
}

function changeText(question: QuestionId, label: string, outcomes: readonly OutcomeId[], alsoAsks: readonly QuestionId[]): string {
  const names = outcomes.map((o) => OUTCOMES[o].name);
  const start = `If you answered “${QUESTIONS[question].title}” with “${label}”,`;
  if (names.length === 1) return `${start} the recommendation would be ${names[0]}.`;
  const depending = alsoAsks.map((q) => `“${QUESTIONS[q].title}”`).join(', ');
  return `${start} the recommendation could be ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}, depending on ${depending || 'your other answers'}.`;
}
