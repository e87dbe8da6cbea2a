/**
 * The plain-text note shown when a link could not be fully restored. Shared
 * by restore() (through the machine) and readResultLink() (without it), so
 * both say exactly the same thing.
 */
import type { DecodeError } from './codec.ts';

export function restoreMessage(problem: DecodeError | null, kept: number, ignored: number): string | null {
  const notes: string[] = [];
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
