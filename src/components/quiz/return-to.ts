/**
 * The quiz's way back to a system assessment: `/quiz/?return=/assess/?…`.
 * While `return` is set the quiz keeps it in every address it writes, and a
 * finished run goes back there with its answers in ANSWERS_PARAM instead of opening
 * the result page. Only a path on this site under /assess/ is accepted, so
 * the parameter cannot send anyone elsewhere.
 */
import { encodeAnswers } from '../../quiz/codec.ts';
import { relevantAnswers } from '../../quiz/flow.ts';
import type { Answers } from '../../quiz/questions.ts';
import { ANSWERS_PARAM } from '../../quiz/answers-param.ts';

export const RETURN_PARAM = 'return';
const BASE = 'https://same-site.invalid';

/** The validated return path (`/assess/?…`), or null. */
export function readReturn(search: string): string | null {
  const raw = new URLSearchParams(search).get(RETURN_PARAM);
  if (!raw || !raw.startsWith('/assess/')) return null;
  try {
    const url = new URL(raw, BASE);
    return url.origin === BASE && url.pathname === '/assess/' ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

/** A quiz address that keeps the return path. */
export function keepReturn(href: string, ret: string | null): string {
  if (ret === null) return href;
  return `${href}${href.includes('?') ? '&' : '?'}${RETURN_PARAM}=${encodeURIComponent(ret)}`;
}

/** Where a finished run goes: the assessment, with the answers added. */
export function returnHref(ret: string, answers: Answers): string {
  const url = new URL(ret, BASE);
  url.searchParams.set(ANSWERS_PARAM, encodeAnswers(relevantAnswers(answers)));
  return `${url.pathname}${url.search}`;
}
