/** The quiz address for one workload of an assessment, with the way back (see quiz/return-to.ts). */
import { ANSWERS_PARAM, SLOT_PARAM, linkHref, type Entry } from '../../assess/link.ts';
import { QUIZ_PATH } from '../../quiz/paths.ts';

export function quizLinkFor(entries: readonly Entry[], system: string, freeTierOnce: boolean, slot: number): string {
  const back = new URL(linkHref(entries, system, freeTierOnce), 'https://same-site.invalid');
  back.searchParams.set(SLOT_PARAM, String(slot));
  const params = new URLSearchParams();
  const code = entries[slot]?.code ?? '';
  if (code !== '') params.set(ANSWERS_PARAM, code);
  params.set('return', `${back.pathname}${back.search}`);
  // From paths.ts, not routes.ts: routes.ts brings the quiz's codec and flow, which /assess/ loads only once a workload has answers.
  return `${QUIZ_PATH}?${params.toString()}`;
}
