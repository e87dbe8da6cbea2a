/**
 * The plain-text note shown when a link could not be fully restored. Shared
 * by restore() (through the machine) and readResultLink() (without it), so
 * both say exactly the same thing.
 */
import type { DecodeError } from './codec.ts';
import { QUESTIONS, type QuestionId } from './questions.ts';

/** `implied`: questions on the path that an older link did not ask (codec.ts), read as its quiz assumed. */
export function restoreMessage(problem: DecodeError | null, kept: number, ignored: number, implied: readonly QuestionId[] = []): string | null {
  const notes: string[] = [];
  if (implied.length > 0) {
    const titles = implied.map((q) => `“${QUESTIONS[q].title}”`);
    const list = titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(', ')} or ${titles[titles.length - 1]}`;
    notes.push(`This link comes from an earlier version of the quiz, which did not ask about ${list}; those answers are read the way that version assumed, and you can change them.`);
  }
  if (problem !== null) {
    notes.push(
      `${problem.message} ${kept === 0 ? 'The quiz starts from the beginning.' : `The first ${kept === 1 ? 'answer was' : `${kept} answers were`} kept.`}`,
    );
  }
  if (ignored > 0) {
    notes.push(`${ignored === 1 ? 'One answer' : `${ignored} answers`} in the link did not apply to this path and ${ignored === 1 ? 'was' : 'were'} ignored.`);
  }
  return notes.length > 0 ? notes.join(' ') : null;
}
