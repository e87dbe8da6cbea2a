// Renders public/og/<outcome>.png (1200×630), the image a chat app or wiki
// shows when a result link is pasted: the guide's card with the outcome on it.
// Outcome names come from src/quiz/outcomes.ts. Run by hand after changing
// the design or an outcome's name (Node 22 strips the TypeScript types):
//   npm exec -- node scripts/result-cards.mjs
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { OUTCOMES, OUTCOME_ORDER } from '../src/quiz/outcomes.ts';

/** @type {Record<import('../src/quiz/outcomes.ts').OutcomeId, string>} */
const ACCENT = { serverless: '#5fd08a', managed: '#7ab7ff', servers: '#e0a86b' };
/** @param {string} s */
const escapeHtml = (s) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {import('../src/quiz/outcomes.ts').OutcomeId} outcome */
const card = (outcome) => `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:72px 80px;background:#0b1320;color:#e6e9ed;
font-family:system-ui,'DejaVu Sans',sans-serif;display:flex;flex-direction:column;justify-content:space-between;border-left:24px solid ${ACCENT[outcome]}">
  <div style="display:flex;align-items:center;gap:20px;font-size:34px;font-weight:700;color:#7ab7ff">
    <svg width="64" height="64" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#7ab7ff"/><path d="M9 21l5-10 4 7 2-3 3 6" fill="none" stroke="#0b1320" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/></svg>
    Really serverless? · Decision quiz result
  </div>
  <div>
    <div style="font-size:34px;color:#a9b3be;margin-bottom:16px">Recommendation</div>
    <div style="font-size:92px;font-weight:800;line-height:1.05;color:${ACCENT[outcome]}">${escapeHtml(OUTCOMES[outcome].name)}</div>
  </div>
  <div style="font-size:30px;color:#a9b3be">Serverless functions, managed services or conventional servers: the answers, the rules and the warnings behind it</div>
</div></body></html>`;

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
mkdirSync('public/og', { recursive: true });
for (const outcome of OUTCOME_ORDER) {
  await page.setContent(card(outcome));
  await page.screenshot({ path: `public/og/${outcome}.png` });
  console.log(`wrote public/og/${outcome}.png`);
}
await browser.close();
