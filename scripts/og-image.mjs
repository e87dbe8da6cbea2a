// Renders public/og.png (1200×630), the image chat apps and wikis show when
// a link to the guide is pasted. Run by hand after changing the design:
//   npm exec -- node scripts/og-image.mjs
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

const html = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:72px 80px;background:#0b1320;color:#e6e9ed;
font-family:system-ui,'DejaVu Sans',sans-serif;display:flex;flex-direction:column;justify-content:space-between">
  <div style="display:flex;align-items:center;gap:20px;font-size:34px;font-weight:700;color:#7ab7ff">
    <svg width="64" height="64" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#7ab7ff"/><path d="M9 21l5-10 4 7 2-3 3 6" fill="none" stroke="#0b1320" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/></svg>
    Really serverless?
  </div>
  <div style="font-size:68px;font-weight:800;line-height:1.1;max-width:980px">Are you really building a serverless system?</div>
  <div style="font-size:32px;color:#a9b3be">Serverless functions, managed services or conventional servers: a decision guide and quiz</div>
</div></body></html>`;

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og.png' });
await browser.close();
console.log('wrote public/og.png');
