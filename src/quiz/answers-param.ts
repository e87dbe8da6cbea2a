/**
 * The query parameter that carries the answer code, and its reader. Apart
 * from routes.ts (which re-exports both) so the islands' start-up code can
 * ask "are there answers?" without loading the codec and the rules.
 */
export const ANSWERS_PARAM = 'a';

/** The raw answer value in a URL's query, or null. */
export function readAnswersParam(search: string): string | null {
  return new URLSearchParams(search).get(ANSWERS_PARAM);
}
