// Runs only the cost-recompute step of the bench (bench/lib/cost.mjs, the
// same code `npm run bench` runs) against the project's built dist/, so the
// figure can be checked without the full bench's builds and Lighthouse runs.
// Usage: npm run build && npx node bench/cost-only.mjs   (CHROME_PATH, BENCH_PORT)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { measureCost } from './lib/cost.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
// Port 0: the server picks a free one and prints it (other servers may run on this machine).
const PORT = Number(process.env.BENCH_PORT ?? 0);
if (!existsSync(join(DIST, 'cost', 'index.html'))) {
  console.error('dist/cost/index.html is missing: run `npm run build` first.');
  process.exit(1);
}
const { child: server, port } = await startStaticServer(DIST, PORT);
const browser = await launchBrowser(process.env.CHROME_PATH ?? '/usr/bin/chromium');
try {
  const r = await measureCost(browser, `http://127.0.0.1:${port}`);
  const ms = (/** @type {number} */ n) => `${n.toFixed(1)} ms`;
  console.log(r.method);
  console.log(`no throttling: recompute median ${ms(r.medianMs)}, worst ${ms(r.worstMs)} (${r.count}); painted median ${ms(r.painted.medianMs)}, worst ${ms(r.painted.worstMs)}`);
  const t = r.throttled4x;
  console.log(`4× CPU slowdown: recompute median ${ms(t.medianMs)}, worst ${ms(t.worstMs)} (${t.count}); painted median ${ms(t.painted.medianMs)}, worst ${ms(t.painted.worstMs)}`);
  console.log(`goal (median recompute < 16 ms): ${r.medianMs < 16 ? 'met' : 'not met'} without throttling, ${t.medianMs < 16 ? 'met' : 'not met'} with 4× slowdown`);
} finally {
  await browser.close();
  server.kill();
}
