/**
 * Where ANSWER and BACK lead, given the machine's context.
 *
 * Kept out of machine.ts so the machine config stays a readable list of
 * states and targets, and so guards and actions share one computation (a
 * guard picks the target; the action must then agree with it).
 */
import { nextAfter, nextUnanswered, isOnPath, type Screen } from './flow.ts';
import { isAnswerValue, setAnswer, type Answers, type QuestionId } from './questions.ts';

export interface QuizContext {
  readonly answers: Answers;
  /** Screens left forwards, most recent last; BACK pops from here. */
  readonly history: readonly Screen[];
  /** True after EDIT from review: answering then fills gaps and returns to review. */
  readonly editing: boolean;
}

export function initialContext(): QuizContext {
  return { answers: {}, history: [], editing: false };
}

/** The screen answering `question` with `value` leads to, or null if the value is not an option. */
export function answerTarget(context: QuizContext, question: QuestionId, value: string): Screen | null {
  if (!isAnswerValue(question, value)) return null;
  const answers = setAnswer(context.answers, question, value);
  // Stepping through shows the next question even if answered (preselected);
  // after an edit, jump over answered questions straight to the next gap.
  return context.editing ? nextUnanswered(answers) : nextAfter(question, answers);
}

export interface BackStep {
  readonly target: Screen;
  readonly history: readonly Screen[];
}

/**
 * The most recent screen that is still valid: a question still on the path,
 * or review if every needed question is answered. Screens an edit made
 * irrelevant are dropped from the history on the way.
 */
export function backTarget(context: QuizContext, from: Screen): BackStep | null {
  const history = [...context.history];
  while (history.length > 0) {
    const candidate = history.pop();
    if (candidate !== undefined && candidate !== from && isOnPath(candidate, context.answers)) {
      return { target: candidate, history };
    }
  }
  return null;
}
