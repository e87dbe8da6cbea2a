/** The badge image of each outcome and the Markdown that links it to a result. */
import { href, inline } from '../../records/markdown.ts';
import type { OptionKey } from '../../records/types.ts';

export const badgePath = (outcome: OptionKey): string => `/badges/${outcome}.svg`;

/** `[![Really serverless?: Serverless functions](…/badges/serverless.svg)](result URL)` */
export function badgeMarkdown(outcome: OptionKey, outcomeName: string, resultUrl: string): string {
  const image = new URL(badgePath(outcome), resultUrl).href;
  return `[![${inline(`Really serverless? ${outcomeName}`)}](${href(image)})](${href(resultUrl)})`;
}
