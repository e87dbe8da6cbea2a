/**
 * Reproduces a result from answers, by running them through the machine.
 *
 * Why through the machine and not straight into decide(): a pasted link
 * must land exactly where the quiz would, with the same history for BACK,
 * and answers the quiz would not ask must be visible as ignored rather than
 * silently change the result.
 */
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import type { DecodeError } from './codec.ts';
import { readLink } from './link.ts';
import { NOT_ASKED } from './question.ts';
import { quizMachine } from './machine.ts';
import { isOutcomeId, type OutcomeId } from './outcomes.ts';
import { isQuestionId, type Answers, type QuestionId } from './questions.ts';

export type QuizSnapshot = SnapshotFrom<typeof quizMachine>;

export interface AnswerPair {
  readonly question: QuestionId;
  readonly value: string;
}

export interface ReplayResult {
  readonly snapshot: QuizSnapshot;
  /** Answers the machine asked for and took, in asking order. */
  readonly applied: readonly AnswerPair[];
  /** Answers for questions the machine did not ask on this path. */
  readonly ignored: readonly AnswerPair[];
  /** The outcome, when the run reached a final state. */
  readonly outcome: OutcomeId | null;
}

export interface ReplayOptions {
  /** Send CONFIRM when the review is reached (default true: land on the result). */
  readonly confirm?: boolean;
  /**
   * A started actor to feed (and leave running), e.g. the island's own; by
   * default a fresh actor is created and stopped afterwards.
   */
  readonly actor?: Actor<typeof quizMachine>;
}

function pairsOf(answers: Answers): AnswerPair[] {
  return Object.entries(answers).flatMap(([question, value]) =>
    isQuestionId(question) && typeof value === 'string' ? [{ question, value }] : [],
  );
}

/** Runs answers through a fresh actor; the machine decides the order. */
export function replay(answers: Answers, options: ReplayOptions = {}): ReplayResult {
  const actor = options.actor ?? createActor(quizMachine).start();
  const applied: AnswerPair[] = [];
  // The machine only moves forward on ANSWER, so this loop ends after at
  // most one step per question.
  for (;;) {
    const current = actor.getSnapshot().value;
    if (!isQuestionId(current)) break;
    const value = answers[current];
    if (value === undefined) break;
    actor.send({ type: 'ANSWER', value });
    if (actor.getSnapshot().value === current) break; // not accepted
    applied.push({ question: current, value });
  }
  if ((options.confirm ?? true) && actor.getSnapshot().value === 'review') actor.send({ type: 'CONFIRM' });

  const snapshot = actor.getSnapshot();
  if (options.actor === undefined) actor.stop();
  const taken = new Set(applied.map((p) => p.question));
  const value = snapshot.value;
  return {
    snapshot,
    applied,
    ignored: pairsOf(answers).filter((p) => !taken.has(p.question)),
    outcome: snapshot.status === 'done' && isOutcomeId(value) ? value : null,
  };
}

export interface RestoreResult extends ReplayResult {
  /** 'empty': nothing in the link; 'in-progress': a question is waiting; 'complete': review or result reached. */
  readonly status: 'empty' | 'in-progress' | 'complete';
  /** What was wrong with the link, if anything. */
  readonly problem: DecodeError | null;
  /** Plain text for the user when the link is older or could not be fully restored. */
  readonly message: string | null;
}

/**
 * Reads a link with the one reader (link.ts) and replays what it read
 * through the machine, keeping whatever was valid. Answers an older edition
 * did not ask stay out of the machine, which then asks them.
 */
export function restore(raw: string | null | undefined, options: ReplayOptions = {}): RestoreResult {
  const reading = readLink(raw, true);
  const toReplay = Object.fromEntries(Object.entries(reading.given).filter(([, value]) => value !== NOT_ASKED)) as Answers;
  const result = replay(toReplay, options);
  const value = result.snapshot.value;
  // Empty: the link carried no answer code at all.
  const status = Object.keys(reading.given).length === 0 && reading.problem === null && reading.edition === null ? 'empty' : isQuestionId(value) ? 'in-progress' : 'complete';
  return {
    ...result,
    ignored: result.ignored.filter((p) => reading.ignored.includes(p.question)),
    status,
    problem: reading.problem,
    message: reading.message,
  };
}
