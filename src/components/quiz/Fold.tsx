/**
 * A long part of the result that folds away on phones: a <details> that
 * starts open on wide screens and closed on narrow ones, so the
 * recommendation and its actions fit the first screen. Print always shows
 * it (quiz.css). Rendered in the browser only (result pages read ?a= after
 * load), so the screen width is known when it first renders.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** Where a phone layout ends; the same width as the phone rules in quiz.css. */
const WIDE = '(min-width: 48rem)';

export function Fold({ title, children }: { title: string; children: ComponentChildren }) {
  const [open] = useState(() => typeof matchMedia !== 'function' || matchMedia(WIDE).matches);
  return (
    <details class="result-fold" open={open}>
      <summary>
        <h3>{title}</h3>
      </summary>
      {children}
    </details>
  );
}
