/**
 * Runs the quiz machine for a Preact component: the component renders the
 * snapshot and sends events; the machine holds all quiz state.
 */
import { useEffect, useState } from 'preact/hooks';
import { createActor, type Actor } from 'xstate';
import { quizMachine } from '../../quiz/machine.ts';
import type { QuizSnapshot } from '../../quiz/replay.ts';

export type QuizActor = Actor<typeof quizMachine>;

/** A started actor at the first question. */
export function freshActor(): QuizActor {
  return createActor(quizMachine).start();
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
