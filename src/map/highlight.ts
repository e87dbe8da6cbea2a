/**
 * Highlights on the decision map the path that the answers in `?a=` take.
 *
 * Tiny on purpose (the budget is 2 KB gzip with its imports): it follows the codes and decision tree the build put in
 * the map's data-map attribute (trace.ts imports nothing), so no quiz logic
 * or wording ships to the browser. Anything from the URL is only compared
 * against that data, never written into the page; messages are our own
 * text, set with textContent.
 */
import { readAnswers, tracePath, type MapData } from './trace';

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
const status = root?.querySelector<HTMLElement>('[data-map-status]');

function say(text: string): void {
  if (!status) return;
  status.textContent = text;
  status.hidden = false;
}

if (root && raw !== null) {
  let data: MapData | null = null;
  try {
    data = JSON.parse(root.dataset.map ?? '') as MapData;
  } catch {
    data = null;
  }
  const picks = data && readAnswers(raw, data);
  if (!data || !picks) {
    say('The answers in this link could not be read; showing the whole map.');
  } else {
    const trace = tracePath(data, picks);
    const on = new Set([...trace.nodes, ...trace.edges, ...trace.options]);
    root.classList.add('has-path');
    for (const el of root.querySelectorAll<Element>('[data-node],[data-edge],[data-option]')) {
      const key = el.getAttribute('data-node') ?? el.getAttribute('data-edge') ?? el.getAttribute('data-option') ?? '';
      if (!on.has(key)) continue;
      el.classList.add('on-path');
      // Lines overlap where skips share a lane: draw the path's on top.
      if (el.hasAttribute('data-edge')) el.parentNode?.appendChild(el);
      if (el.hasAttribute('data-option')) {
        const mark = document.createElement('span');
        mark.className = 'qm-yours';
        mark.textContent = 'Your answer';
        el.querySelector('.qm-answer')?.append(' ', mark);
      }
    }
    let names: Record<string, string> = {};
    try {
      names = JSON.parse(root.dataset.names ?? '{}') as Record<string, string>;
    } catch {
      names = {};
    }
    const end = trace.outcome && names[trace.outcome];
    say(
      end
        ? `Highlighted: the path your answers took, ending in “${end}”.`
        : trace.unsure
          ? 'Highlighted: the path your answers took up to the last highlighted question, answered “Not sure”; from there every branch is possible (your result page shows where they lead).'
          : 'Highlighted: the path your answers took so far; the last highlighted question is still unanswered.',
    );
  }
}
