/**
 * The outcome badge, as a self-contained SVG: "really serverless? | <outcome>",
 * for READMEs and design docs. Accessible name from <title> (role="img",
 * aria-labelledby). Text widths are estimated per character, so no font has
 * to be measured at build time; the estimate is generous for DejaVu/Verdana.
 */
import type { OutcomeId } from '../quiz/outcomes.ts';

export const BADGE_COLOURS: Record<OutcomeId, string> = {
  // Each gives white text a contrast ratio of at least 4.5:1.
  serverless: '#1b6e3a',
  managed: '#1d5fa8',
  servers: '#6b4a2b',
};
const LABEL = 'really serverless?';
const LABEL_BG = '#333c47';
const CHAR_WIDTH = 6.8;
const PAD = 8;

const escapeXml = (s: string): string => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function badgeSvg(outcome: OutcomeId, outcomeName: string): string {
  const left = Math.round(LABEL.length * CHAR_WIDTH + 2 * PAD);
  const right = Math.round(outcomeName.length * CHAR_WIDTH + 2 * PAD);
  const width = left + right;
  const title = `Really serverless? decision guide result: ${outcomeName}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-labelledby="t">
<title id="t">${escapeXml(title)}</title>
<rect width="${left}" height="20" rx="3" fill="${LABEL_BG}"/>
<rect x="${left}" width="${right}" height="20" rx="3" fill="${BADGE_COLOURS[outcome]}"/>
<rect x="${left - 4}" width="8" height="20" fill="${BADGE_COLOURS[outcome]}"/>
<g fill="#fff" font-family="Verdana,'DejaVu Sans',sans-serif" font-size="11" text-anchor="middle" aria-hidden="true">
<text x="${left / 2}" y="14">${escapeXml(LABEL)}</text>
<text x="${left + right / 2}" y="14">${escapeXml(outcomeName.toLowerCase())}</text>
</g>
</svg>
`;
}
