/**
 * Highlights on the decision map the path that the answers in `?a=` take.
 * Loaded only when the address has answers (start.ts), with its data
 * (/quiz/map/data.json): the codes and decision tree the build wrote, so no
 * quiz logic or wording ships to the browser. Anything from the URL is only
 * compared against that data, never written into the page; messages are our
 * own text, set with textContent.
 */
import { readAnswers, tracePath, type HighlightData } from './trace';

/** Marks the path of the answers in `raw` inside `root`; `say` shows a note. */
export async function highlight(root: HTMLElement, raw: string, say: (text: string) => void): Promise<void> {
  let data: HighlightData | null = null;
  try {
    // Its address comes from the page (MAP_DATA_PATH, written by QuizMap.astro), like the parameter's name.
    const response = await fetch(root.dataset.source ?? '');
    data = response.ok ? ((await response.json()) as HighlightData) : null;
  } catch {
    data = null;
  }
  if (!data) {
    say('Your path could not be highlighted: the map’s data did not load. The whole map is below.');
    return;
  }
  const picks = readAnswers(raw, data);
  if (!picks) {
    say('The answers in this link could not be read; showing the whole map.');
    return;
  }
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
  const end = trace.outcome && Object.hasOwn(data.names, trace.outcome) ? data.names[trace.outcome] : undefined;
  say(
    end
      ? `Highlighted: the path your answers took, ending in “${end}”.`
      : trace.unsure
        ? 'Highlighted: the path your answers took up to the last highlighted question, answered “Not sure”; from there every branch is possible (your result page shows where they lead).'
        : 'Highlighted: the path your answers took so far; the last highlighted question is still unanswered.',
  );
}
