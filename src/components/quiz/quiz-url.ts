/**
 * The quiz's URL contract: `?a=<versioned answer codes>`. The island reads
 * it on load and on back/forward, and writes it after every step, so any
 * address in the bar reproduces what is on screen.
 */
import { encodeAnswers } from '../../quiz/codec.ts';
import { relevantAnswers } from '../../quiz/flow.ts';
import type { OutcomeId } from '../../quiz/outcomes.ts';
import type { Answers } from '../../quiz/questions.ts';

export const ANSWERS_PARAM = 'a';

/** The raw answer value in a URL's query, or null. */
export function readAnswersParam(search: string): string | null {
  return new URLSearchParams(search).get(ANSWERS_PARAM);
}

/** The quiz page address for these answers (no answers: the bare page). */
export function quizHref(answers: Answers): string {
  // Only answers on the current path: ones an edit made moot stay in the
  // machine (so switching back restores them) but not in shared links.
  const onPath = relevantAnswers(answers);
  return Object.keys(onPath).length === 0 ? '/quiz/' : `/quiz/?${ANSWERS_PARAM}=${encodeAnswers(onPath)}`;
}

/** The static result page for an outcome, carrying the answers that led there. */
export function resultHref(outcome: OutcomeId, answers: Answers): string {
  return `/quiz/result/${outcome}/?${ANSWERS_PARAM}=${encodeAnswers(relevantAnswers(answers))}`;
}
