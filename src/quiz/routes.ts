/**
 * Every quiz address in one place: the quiz page, the result pages, the
 * decision map and its anchors, and the links that carry answers (?a=).
 * These are public URLs (tests/link-registry.json holds them), so they are
 * built here and nowhere else.
 */
import { encodeAnswers } from './codec.ts';
import { relevantAnswers } from './flow.ts';
import type { OutcomeId } from './outcomes.ts';
import type { Answers, QuestionId } from './questions.ts';
import { ANSWERS_PARAM } from './answers-param.ts';
import { CHANGES_PATH, MAP_PATH, QUIZ_PATH } from './paths.ts';

export { ANSWERS_PARAM, readAnswersParam } from './answers-param.ts';
export { CHANGES_PATH, MAP_PATH, QUIZ_PATH } from './paths.ts';


/** An entry of /changes/ (its file name is its anchor). */
export function changeHref(id: string): string {
  return `${CHANGES_PATH}#${id}`;
}

/** The static result page of an outcome. */
export function resultPath(outcome: OutcomeId): string {
  return `${QUIZ_PATH}result/${outcome}/`;
}

/** Anchor id of a question's section on the map (and of its diagram node). */
export function mapQuestionAnchor(question: QuestionId): string {
  return `q-${question}`;
}

/** Anchor id of an outcome's section on the map. */
export function mapOutcomeAnchor(outcome: OutcomeId): string {
  return `o-${outcome}`;
}

/** Link to a question's section on the decision map. */
export function mapQuestionHref(question: QuestionId): string {
  return `${MAP_PATH}#${mapQuestionAnchor(question)}`;
}

/** The quiz page for these answers (none: the bare page); also the "change answers" link. */
export function quizHref(answers: Answers): string {
  // Only answers on the current path: ones an edit made moot stay in the
  // machine (so switching back restores them) but not in shared links.
  const onPath = relevantAnswers(answers);
  return Object.keys(onPath).length === 0 ? QUIZ_PATH : `${QUIZ_PATH}?${ANSWERS_PARAM}=${encodeAnswers(onPath)}`;
}

/** The static result page for an outcome, carrying the answers that led there. */
export function resultHref(outcome: OutcomeId, answers: Answers): string {
  return `${resultPath(outcome)}?${ANSWERS_PARAM}=${encodeAnswers(relevantAnswers(answers))}`;
}
