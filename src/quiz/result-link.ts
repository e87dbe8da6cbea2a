/**
 * Reads a result link (?a=) without starting the state machine, for the
 * result pages: they only need the outcome and the answers on its path,
 * and leaving XState out keeps their JavaScript small. The quiz page
 * itself always replays links through the machine (replay.ts); a unit
 * test proves both readings agree on every path and every bad link.
 */
import { decodeAnswers, type DecodeError } from './codec.ts';
import { settle } from './settle.ts';
import { relevantAnswers, walk } from './flow.ts';
import type { OutcomeId } from './outcomes.ts';
import { isQuestionId, type Answers, type QuestionId } from './questions.ts';
import { restoreMessage } from './restore-message.ts';

export interface ResultLink {
  /** Answers on the quiz's path, in a form decide() takes. */
  readonly answers: Answers;
  /** Questions answered on the path, in asking order. */
  readonly asked: readonly QuestionId[];
  /** The outcome when the answers finish the quiz, else null. */
  readonly outcome: OutcomeId | null;
  readonly problem: DecodeError | null;
  /** Plain text when the link could not be fully restored. */
  readonly message: string | null;
}

export function readResultLink(raw: string | null | undefined): ResultLink {
  const decoded = decodeAnswers(raw);
  const given = decoded.ok ? decoded.answers : decoded.validPrefix;
  const problem = decoded.ok || decoded.error.kind === 'empty' ? null : decoded.error;
  const { asked, next } = walk(given);
  const answers = relevantAnswers(given);
  const implied = decoded.ok ? decoded.implied : [];
  const ignored = Object.keys(given).filter((q) => isQuestionId(q) && !asked.includes(q) && !implied.includes(q)).length;
  const onPath = implied.filter((q) => asked.includes(q));
  return {
    answers,
    asked,
    outcome: next === 'review' ? settle(answers).primary : null,
    problem,
    message: restoreMessage(problem, asked.length - onPath.length, ignored, onPath),
  };
}
