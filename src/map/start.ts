/**
 * The map's own script, inline in the page: starts the diagram's sideways
 * scroll at its spine, and only when the address has answers (`?a=`) loads
 * the highlight code and its data (highlight.ts), which most visits never
 * need (issue 25: they were 3 KB gzip of the map's first round trip).
 * The chunk is imported by its path (`?chunk-path`, src/integrations/
 * chunk-url.mjs), not through src/components/lazy/load-chunk.ts: that
 * module is shared with the islands, so importing it would take this
 * script out of the page into a file of its own. Nothing retries a failed
 * load: the map is whole without the highlight, and the note says so.
 */
import highlightPath from './highlight.ts?chunk-path';

const root = document.querySelector<HTMLElement>('[data-quiz-map]');

// On narrow screens the diagram scrolls sideways: start at its spine, now
// and whenever its disclosure (closed on phones) is opened.
const scroller = root?.querySelector<HTMLElement>('.qm-scroll');
const centre = () => {
  if (scroller) scroller.scrollLeft = (scroller.scrollWidth - scroller.clientWidth) / 2;
};
centre();
root?.querySelector('.qm-diagram')?.addEventListener('toggle', centre);

// The parameter's name comes from the page (src/quiz/answers-param.ts, written by QuizMap.astro):
// importing that module here would make it a chunk shared with the islands, and this script a file.
const param = root?.dataset.param;
const raw = param ? new URLSearchParams(location.search).get(param) : null;
const note = root?.querySelector<HTMLElement>('[data-map-status]');
const say = (text: string): void => {
  if (!note) return;
  note.textContent = text;
  note.hidden = false;
};
if (root && raw !== null) {
  (import(/* @vite-ignore */ highlightPath) as Promise<typeof import('./highlight.ts')>).then(
    (m) => m.highlight(root, raw, say),
    () => say('Your path could not be highlighted: the highlight did not load. The whole map is below.'),
  );
}

