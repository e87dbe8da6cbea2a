/**
 * Moves focus to a step's heading and announces the step when the step
 * appears after a user action (never on page load, which would steal
 * focus): when the component mounts, and when the same component, its DOM
 * kept, starts showing another step (`step` changes: QuizApp reuses one
 * QuestionStep for every question).
 *
 * The effect belongs to the step being shown, so it can only ever focus that
 * step's own DOM. A parent effect reacting to "any new snapshot" could fire
 * against the old step: Preact runs a component's pending effects at the
 * start of its next render, before the DOM changes (see
 * tests/browser/quiz-early-answer.spec.ts).
 */
import { useEffect, useRef } from 'preact/hooks';
import { announce } from '../live-region/announce.ts';

export function useFocusOnStep<T extends HTMLElement>(enabled: boolean, announcement: string, step = '') {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!enabled) return;
    const heading = ref.current;
    // Boxes first: the frame just laid the page out, so reading them is
    // free, while after focus() it would force a fresh style and layout pass.
    const stepBox = heading?.closest<HTMLElement>('.quiz-step')?.getBoundingClientRect();
    const box = heading?.getBoundingClientRect();
    heading?.focus({ preventScroll: true });
    // Scroll so the step lands on the first screen when it fits there (the
    // phone layout is made for that); otherwise, if the heading is out of
    // view (Next was low on the screen), bring the top of the step into view
    // rather than letting focus() centre the heading.
    if (stepBox && stepBox.bottom + scrollY <= innerHeight) {
      if (scrollY !== 0) scrollTo({ top: 0 });
    } else if (box && (box.top < 0 || box.bottom > innerHeight)) (heading?.closest('.quiz') ?? heading)?.scrollIntoView({ block: 'start' });
    announce(announcement);
  }, [step]);
  return ref;
}
