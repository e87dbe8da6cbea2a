/**
 * What a part of a page shows when its code could not be loaded: what is
 * missing, what still works, and "Try again", which runs the load again
 * (load-chunk.ts makes that a real new request). The button stays where it
 * is while the retry runs, so focus stays on it if the retry fails; the
 * caller moves focus to what appeared when it succeeds (focusAfterRetry).
 * When only a reload can load the code now (needsReload, load-chunk.ts),
 * "Try again" reloads the page: every part that uses this notice keeps its
 * state in the address, so the reader comes back to the same page, complete.
 * The quiz's first answer has its own notice (QuizStart), older than this one.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { announce } from '../live-region/announce.ts';
import { needsReload } from './load-chunk.ts';

interface Props {
  /** What could not be loaded, one sentence. */
  title: string;
  /** What the reader can do meanwhile. */
  children?: ComponentChildren;
  /** Loads again and shows the part; rejects if it failed again. */
  onRetry: () => Promise<void>;
}

export function RetryNotice({ title, children, onRetry }: Props) {
  const [state, setState] = useState<'failed' | 'trying' | 'failed-again'>('failed');
  function retry(): void {
    if (state === 'trying') return;
    setState('trying');
    announce('Trying again…');
    onRetry().catch((error: unknown) => {
      if (!needsReload(error)) return setState('failed-again');
      announce('Reloading the page…');
      location.reload();
    });
  }
  return (
    <div class="quiz-notice" role="alert" aria-busy={state === 'trying' ? 'true' : undefined}>
      <p>
        <strong>{title}</strong>
        {state === 'failed-again' && ' It failed again.'} {children}
      </p>
      <button type="button" class="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}

/**
 * After a successful retry the notice, and the button that had focus, are
 * gone: focus moves to `id`, the part that replaced them (made focusable
 * from script only, tabindex -1), once the page has drawn it.
 */
export function focusAfterRetry(id: string): void {
  window.setTimeout(() => {
    const target = document.getElementById(id);
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, 0);
}
