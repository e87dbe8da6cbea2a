/**
 * Puts the team's platform view under the result page's "Where to run it":
 * fetches /quiz/result/<outcome>/platforms/<provider>/ (a page of its own,
 * rendered at build time by PlatformOptions, so nothing here decides what
 * it shows) and swaps its [data-platforms-body] for the summary in
 * #platforms-live. The section sits below the personal result, and its
 * box keeps its height until the swap (quiz.css), so nothing on screen
 * moves. If the fetch fails, the summary stays, with its link to every
 * table: nothing is lost (data-view="summary" then releases the box).
 */
import type { OutcomeId } from '../../quiz/outcome-ids.ts';
import { platformsPath } from './platform-paths.ts';
import type { ProviderId } from '../../platforms/catalog.ts';

/** A provider's view, or '' for every provider. */
export type PlatformView = ProviderId | '';

export async function showPlatforms(outcome: OutcomeId, provider: PlatformView): Promise<void> {
  const slot = document.getElementById('platforms-live');
  if (!slot) return;
  try {
    const response = await fetch(platformsPath(outcome, provider));
    if (!response.ok) return;
    // Only the body is parsed, in an inert template: parsing the whole page would check its own inline <style> against this page's CSP.
    const html = await response.text();
    const start = html.lastIndexOf('<div', html.indexOf('data-platforms-body'));
    const template = document.createElement('template');
    template.innerHTML = html.slice(start, html.indexOf('</section>', start));
    const body = template.content.firstElementChild;
    if (start < 0 || !body) return;
    slot.replaceChildren(...body.childNodes);
    slot.dataset.view = provider || 'all';
  } finally {
    // Settled either way: the box no longer holds a height (quiz.css); after a failure the summary stays.
    slot.dataset.view ??= 'summary';
  }
}
