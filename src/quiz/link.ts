/**
 * The one reader of a quiz link (`?a=…`), for the quiz, the result pages
 * and the assessment: it decodes the answer code of any edition (codec.ts),
 * follows the answers through today's flow, and does the bookkeeping every
 * reader needs: which answers are on the path, which an older edition
 * implied or never asked, which were ignored, what went wrong, and the
 * outcome today's rules give when the answers finish the quiz. Word-free
 * and XState-free, so the result pages and the assessment stay small; the
 * quiz page replays the same reading through the machine (replay.ts), and a
 * unit test proves the two agree on every path.
 */
import { decodeAnswers, type DecodeError } from './codec.ts';
import { relevantAnswers, walk } from './flow.ts';
import { NOT_ASKED } from './question.ts';
import { isQuestionId, type Answers, type QuestionId } from './questions.ts';
import { restoreMessage } from './restore-message.ts';
import { settle } from './settle.ts';
import type { OutcomeId } from './outcome-ids.ts';

export interface LinkReading {
  /** Every answer read, a valid prefix if the link is damaged, with what an older edition implied. */
  readonly given: Answers;
  /** Answers on today's path: what decide() takes. */
  readonly answers: Answers;
  /** Questions on the path, in asking order. */
  readonly asked: readonly QuestionId[];
  /** The edition the link was written in (null when unreadable). */
  readonly edition: number | null;
  /** Questions an older edition did not ask, read as it assumed. */
  readonly implied: readonly QuestionId[];
  /** Questions an older edition did not ask and does not assume: answered NOT_ASKED. */
  readonly notAsked: readonly QuestionId[];
  /** Answers in the link that today's path does not ask. */
  readonly ignored: readonly QuestionId[];
  /** The outcome today's rules give when the answers finish the quiz, else null. */
  readonly outcome: OutcomeId | null;
  readonly problem: DecodeError | null;
  /** Plain text when the link is older or could not be fully restored. */
  readonly message: string | null;
}

/** `asking`: the quiz page reads the link, and will ask what an older edition did not. */
export function readLink(raw: string | null | undefined, asking = false): LinkReading {
  const decoded = decodeAnswers(raw);
  const given = decoded.ok ? decoded.answers : decoded.validPrefix;
  const problem = decoded.ok || decoded.error.kind === 'empty' ? null : decoded.error;
  const { implied, notAsked } = decoded;
  const { asked, next } = walk(given);
  const answers = relevantAnswers(given);
  // Answers an older link only implies are not "in the link": never report them as ignored.
  const ignored = (Object.keys(given) as string[]).filter(
    (q): q is QuestionId => isQuestionId(q) && !asked.includes(q) && !implied.includes(q) && given[q] !== NOT_ASKED,
  );
  const impliedOnPath = implied.filter((q) => asked.includes(q));
  const notAskedOnPath = notAsked.filter((q) => asked.includes(q));
  const kept = asked.length - impliedOnPath.length - notAskedOnPath.length;
  return {
    given,
    answers,
    asked,
    edition: decoded.edition,
    implied,
    notAsked,
    ignored,
    outcome: next === 'review' ? settle(answers).primary : null,
    problem,
    message: restoreMessage({ problem, kept, ignored: ignored.length, implied: impliedOnPath, notAsked: notAskedOnPath, asking }),
  };
}
