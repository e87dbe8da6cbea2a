/**
 * Moves focus to a step's heading and announces the step when the step
 * mounts after a user action (never on page load, which would steal focus).
 *
 * The effect belongs to the step being shown, so it can only ever focus that
 * step's own DOM. A parent effect reacting to "any new snapshot" could fire
 * against the old step: Preact runs a component's pending effects at the
 * start of its next render, before the DOM changes (see
 * tests/browser/quiz-early-answer.spec.ts).
 */
import { useEffect, useRef } from 'preact/hooks';
import { announce } from './announce.ts';

export function useFocusOnMount<T extends HTMLElement>(enabled: boolean, announcement: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!enabled) return;
    ref.current?.focus();
    announce(announcement);
  }, []);
  return ref;
}
