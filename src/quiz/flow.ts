/**
 * Which question comes next, skipping the ones that cannot matter.
 *
 * Questions are asked in QUESTION_ORDER. Each has a `needed` rule that looks
 * only at answers to earlier questions, so the path through the quiz is
 * decided one step at a time. A question is skipped when no answer to it
 * could change the recommendation or its caveats; the tests prove this over
 * every combination of answers.
 *
 * Answers that are present but no longer on the path (left over after an
 * edit) are ignored, not deleted, so switching an answer back restores them.
 */
import { isRuledOut } from './choose.ts';
import { QUESTION_ORDER, UNSURE, concreteOptions, decidesAt, type Answers, type QuestionId } from './questions.ts';
import { QUESTION_RECORDS } from './questions/index.ts';
import type { AskContext, Question } from './question.ts';

/** A screen of the quiz before the outcome: a question, or the review. */
export type Screen = QuestionId | 'review';

export interface NeededRule {
  readonly when: (answers: Answers) => boolean;
  /** `when` for answers that hold only earlier questions already (the walk's own, faster). */
  readonly whenEarlier: (earlier: Answers) => boolean;
  /** Why the question is asked (or skipped), for the map page. */
  readonly reason: string;
}

/** Answers to the questions asked before `question`; later ones are invisible. */
function before(question: QuestionId, answers: Answers): Answers {
  let earlier: Answers = {};
  for (const q of QUESTION_ORDER.slice(0, QUESTION_ORDER.indexOf(question))) {
    if (answers[q] !== undefined) earlier = { ...earlier, [q]: answers[q] };
  }
  return earlier;
}

// Each rule sees only earlier answers, so the path is settled step by step
// and an answer can never un-ask the question that came before it.
const ASK_CONTEXT = (earlier: Answers): AskContext => ({ open: (outcome) => !isRuledOut(outcome, earlier) });

function neededRule(record: Question): NeededRule {
  const question = record.id as QuestionId;
  const whenEarlier = (earlier: Answers): boolean => record.asked.when(earlier, ASK_CONTEXT(earlier));
  return { when: (answers) => whenEarlier(before(question, answers)), whenEarlier, reason: record.asked.reason };
}

/** When each question is asked, from its record's `asked`. */
export const NEEDED: { readonly [Q in QuestionId]: NeededRule } = Object.fromEntries(
  (QUESTION_RECORDS as readonly Question[]).map((record) => [record.id, neededRule(record)]),
) as { readonly [Q in QuestionId]: NeededRule };

export interface Walk {
  /** Questions on the path that have answers ("Not sure" included), in asking order. */
  readonly asked: readonly QuestionId[];
  /** The first needed question without an answer, or 'review' when complete. */
  readonly next: Screen;
}

/**
 * One way to read the answers: each "Not sure" on an outcome question
 * replaced by one of its options (and, when filling, each unanswered
 * outcome question too). "Not sure" on an advice question stays as it is:
 * advice answers change neither the path nor the outcome.
 */
export interface Reading {
  /** The answers on this reading's path, with the options it chose. */
  readonly answers: Answers;
  /** The option this reading chose for each open outcome question. */
  readonly chosen: { readonly [Q in QuestionId]?: string };
  /** Its share of all readings, if every option of an open question is equally likely. */
  readonly weight: number;
}

interface Exploration {
  readonly readings: Reading[];
  readonly asked: Set<QuestionId>;
  /** Index in QUESTION_ORDER of the earliest needed question without an answer. */
  hole: number;
}

/**
 * Follows every reading of the answers through the quiz, depth first.
 * `fill`: branch over unanswered outcome questions too (what could the quiz
 * still end in?) instead of stopping at them. `pathOnly`: only `asked` and
 * `hole` are wanted, so branches that cannot change them are cut (the
 * readings are then incomplete).
 */
function explore(answers: Answers, fill: boolean, pathOnly = false): Exploration {
  const found: Exploration = { readings: [], asked: new Set(), hole: QUESTION_ORDER.length };
  /**
   * For the path alone (`pathOnly`): a branch from `from` can add nothing
   * when every question between it and the first hole found so far is
   * answered and already on the path. This keeps a quiz answered "Not sure"
   * throughout from following each of its hundreds of readings on every step.
   */
  const settled = (from: number): boolean => {
    for (let index = from; index < found.hole; index++) {
      const question = QUESTION_ORDER[index] as QuestionId;
      if (answers[question] === undefined || !found.asked.has(question)) return false;
    }
    return true;
  };
  const visit = (from: number, kept: Answers, chosen: Reading['chosen'], weight: number): void => {
    if (pathOnly && settled(from)) return;
    for (let index = from; index < QUESTION_ORDER.length; index++) {
      const question = QUESTION_ORDER[index] as QuestionId;
      if (!NEEDED[question].whenEarlier(kept)) continue;
      const value = answers[question];
      // A question the link's edition never asked is on the path, answered
      // NOT_ASKED: no rule matches it and it branches nowhere.
      const open = value === UNSURE || (fill && value === undefined);
      if (value === undefined && !fill) {
        found.hole = Math.min(found.hole, index);
        return;
      }
      if (value !== undefined) found.asked.add(question);
      if (open && decidesAt(question, kept)) {
        const options = concreteOptions(question);
        for (const option of options) {
          visit(index + 1, { ...kept, [question]: option.value }, { ...chosen, [question]: option.value }, weight / options.length);
        }
        return;
      }
      if (value !== undefined) kept = { ...kept, [question]: value };
    }
    found.readings.push({ answers: kept, chosen, weight });
  };
  visit(0, {}, {}, 1);
  return found;
}

// One step asks about the answers before and after it several times (the
// machine's guards, the island, the address), so a few recent walks are kept.
const recentWalks = new Map<string, Walk>();
const KEPT_WALKS = 8;

/** Follows the path the answers take through the quiz (every reading of a "Not sure"). */
export function walk(answers: Answers): Walk {
  const key = QUESTION_ORDER.map((q) => answers[q] ?? '').join('|');
  const known = recentWalks.get(key);
  if (known !== undefined) return known;
  const { asked, hole } = explore(answers, false, true);
  const result: Walk = {
    // Answers after the first hole are kept but not on the path yet.
    asked: QUESTION_ORDER.filter((q, index) => index < hole && asked.has(q)),
    next: QUESTION_ORDER[hole] ?? 'review',
  };
  if (recentWalks.size >= KEPT_WALKS) recentWalks.delete(recentWalks.keys().next().value as string);
  recentWalks.set(key, result);
  return result;
}

/**
 * Every reading of a finished quiz's answers (with `fill`, of any answers:
 * unanswered outcome questions branch too). One reading when nothing is open.
 */
export function readings(answers: Answers, fill = false): readonly Reading[] {
  return explore(answers, fill).readings;
}

/** Only the answers on the path; what decide() and the URL should see. */
export function relevantAnswers(answers: Answers): Answers {
  let kept: Answers = {};
  for (const question of walk(answers).asked) kept = { ...kept, [question]: answers[question] };
  return kept;
}

/** Where the quiz goes when filling gaps (after an edit): the first hole. */
export function nextUnanswered(answers: Answers): Screen {
  return walk(answers).next;
}

/** Whether `screen` may be shown for these answers (used when going back). */
export function isOnPath(screen: Screen, answers: Answers): boolean {
  const { asked, next } = walk(answers);
  if (screen === 'review') return next === 'review';
  return next === screen || asked.includes(screen);
}
