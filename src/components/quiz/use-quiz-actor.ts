/**
 * Runs the quiz machine for a Preact component: the component renders the
 * snapshot and sends events; the machine holds all quiz state.
 */
import { useEffect, useState } from 'preact/hooks';
import { createActor, type Actor } from 'xstate';
import { quizMachine } from '../../quiz/machine.ts';
import type { AnswerPair, QuizSnapshot } from '../../quiz/replay.ts';

export type QuizActor = Actor<typeof quizMachine>;

/** A started actor that has been sent these answers, in order. */
export function actorFromAnswers(pairs: readonly AnswerPair[]): QuizActor {
  const actor = createActor(quizMachine).start();
  for (const pair of pairs) actor.send({ type: 'ANSWER', value: pair.value });
  return actor;
}

export function useQuizActor(initial: () => QuizActor) {
  const [actor, setActor] = useState<QuizActor>(initial);
  const [snapshot, setSnapshot] = useState<QuizSnapshot>(() => actor.getSnapshot());

  useEffect(() => {
    setSnapshot(actor.getSnapshot());
    const sub = actor.subscribe(setSnapshot);
    return () => {
      sub.unsubscribe();
      actor.stop();
    };
  }, [actor]);

  return { actor, snapshot, setActor };
}
