/**
 * The plain-text note shown when a link is older than today's quiz or could
 * not be fully restored: one sentence per fact, from our own data only (never
 * the link's text), so it is safe to show anywhere.
 */
import type { DecodeError } from './codec.ts';
import { QUESTIONS, type QuestionId } from './questions.ts';

export interface RestoreFacts {
  readonly problem: DecodeError | null;
  /** Answers kept from the link itself. */
  readonly kept: number;
  /** Answers in the link the path does not ask. */
  readonly ignored: number;
  /** Questions on the path an older link did not ask, read as its edition assumed. */
  readonly implied: readonly QuestionId[];
  /** Questions on the path an older link did not ask, left unanswered ("not asked"). */
  readonly notAsked: readonly QuestionId[];
  /** On the quiz page, where a question the link never asked is asked now. */
  readonly asking?: boolean;
}

function titles(questions: readonly QuestionId[]): string {
  const names = questions.map((q) => `“${QUESTIONS[q].title}”`);
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function restoreMessage({ problem, kept, ignored, implied, notAsked, asking = false }: RestoreFacts): string | null {
  const notes: string[] = [];
  if (implied.length > 0) {
    notes.push(
      `This link comes from an earlier edition of the quiz, which did not ask about ${titles(implied)}; ${implied.length === 1 ? 'that answer is' : 'those answers are'} read the way that edition assumed, and you can change them.`,
    );
  }
  if (notAsked.length > 0) {
    notes.push(
      asking
        ? `The edition of the quiz this link comes from did not ask about ${titles(notAsked)}; answer ${notAsked.length === 1 ? 'it' : 'them'} to finish.`
        : `The edition of the quiz this link comes from did not ask about ${titles(notAsked)}, so what ${notAsked.length === 1 ? 'that question checks is' : 'those questions check is'} not covered here.`,
    );
  }
  if (problem !== null) {
    notes.push(`${problem.message} ${kept === 0 ? 'The quiz starts from the beginning.' : `The first ${kept === 1 ? 'answer was' : `${kept} answers were`} kept.`}`);
  }
  if (ignored > 0) {
    notes.push(`${ignored === 1 ? 'One answer' : `${ignored} answers`} in the link did not apply to this path and ${ignored === 1 ? 'was' : 'were'} ignored.`);
  }
  return notes.length > 0 ? notes.join(' ') : null;
}
