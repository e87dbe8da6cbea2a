/**
 * "What changed since this link was made": a result link's path names the
 * outcome the guide gave when the link was made, and its answer code the
 * edition. When today's rules send the same answers elsewhere, this finds
 * the recorded changes (content/changes/, passed in as data) that did it.
 * Framework-free: the result island, the corpus test and the build use it.
 */
import { isAnswerValue, isQuestionId, type Answers } from './questions.ts';
import { UNSURE } from './question.ts';
import type { OutcomeId } from './outcome-ids.ts';

/** What a result page needs of one /changes/ entry. */
export interface ChangeNote {
  /** Anchor on /changes/ (the entry's file name). */
  readonly id: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly edition: number;
  readonly title: string;
  readonly moves: readonly { readonly from: OutcomeId; readonly to: OutcomeId; readonly when: { readonly [question: string]: readonly string[] } }[];
}

export interface Explanation {
  /** The link's edition, and when it was the current one. */
  readonly edition: number;
  readonly from: string | null;
  /** Null while the edition is the current one. */
  readonly until: string | null;
  readonly then: OutcomeId;
  readonly now: OutcomeId;
  /** The recorded changes since the link's edition that move these answers, oldest first (empty: nothing explains it). */
  readonly changes: readonly ChangeNote[];
}

/** Whether the answers match a move's pattern; "Not sure" matches whatever is listed (any reading may be the one). */
export function matches(answers: Answers, when: ChangeNote['moves'][number]['when']): boolean {
  return Object.entries(when).every(([question, values]) => {
    if (!isQuestionId(question)) return false;
    const value = answers[question];
    return value !== undefined && (values.includes(value) || (value === UNSURE && values.some((v) => isAnswerValue(question, v))));
  });
}

/** The day an edition started, and the day the next one did (null while it is current). */
export function editionDates(edition: number, notes: readonly ChangeNote[]): { from: string | null; until: string | null } {
  const first = (e: number) => notes.filter((n) => n.edition === e).map((n) => n.date).sort()[0] ?? null;
  return { from: first(edition), until: first(edition + 1) };
}

/**
 * Explains a link whose outcome today (`now`) differs from the one in its
 * path (`then`): the changes after its edition that move these answers from
 * `then` towards `now` (a chain through other outcomes counts). Null when the
 * outcomes agree.
 */
export function explainChange(answers: Answers, edition: number, then: OutcomeId, now: OutcomeId, notes: readonly ChangeNote[]): Explanation | null {
  if (then === now) return null;
  const later = [...notes].filter((n) => n.edition > edition).sort((a, b) => a.date.localeCompare(b.date) || a.edition - b.edition);
  const changes: ChangeNote[] = [];
  let at: OutcomeId = then;
  for (const note of later) {
    const move = note.moves.find((m) => m.from === at && matches(answers, m.when));
    if (move === undefined) continue;
    changes.push(note);
    at = move.to;
  }
  const { from, until } = editionDates(edition, notes);
  return { edition, from, until, then, now, changes: at === now ? changes : [] };
}
