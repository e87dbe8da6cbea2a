/**
 * A long part of the result that folds away: a <details> that starts open
 * on wide screens and closed on narrow ones (so the brief fits the first
 * screens of a phone), or closed everywhere when `wide` is false (a list
 * most readers skip). Rendered in the browser only (result pages read ?a=
 * after load), so the screen width is known when it first renders.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** Where a phone layout ends; the same width as the phone rules in quiz.css. */
const WIDE = '(min-width: 48rem)';

export function Fold({ title, wide = true, id, children }: { title: string; wide?: boolean; id?: string; children: ComponentChildren }) {
  const [open] = useState(() => wide && (typeof matchMedia !== 'function' || matchMedia(WIDE).matches));
  return (
    <details class="result-fold" open={open} id={id}>
      <summary>
        <h3>{title}</h3>
      </summary>
      {children}
    </details>
  );
}
