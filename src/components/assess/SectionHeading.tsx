/**
 * An h2 rendered by an island, with the same "#" anchor link after it that
 * AnchorHeading.astro gives server-rendered headings (the linking contract:
 * every h2/h3 has an id and a labelled anchor link).
 */
import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  /** Plain text of the heading, for the link's screen-reader label. */
  text: string;
  children?: ComponentChildren;
}

export function SectionHeading({ id, text, children }: Props) {
  return (
    <div class="heading-wrapper level-2">
      <h2 id={id}>{children ?? text}</h2>
      <a class="anchor-link" href={`#${id}`} data-pagefind-ignore>
        <span aria-hidden="true">#</span>
        <span class="sr-only">Section titled “{text}”</span>
      </a>
    </div>
  );
}
