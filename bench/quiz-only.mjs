// Runs only the quiz-interaction step of the bench (bench/lib/quiz.mjs, the
// same code `npm run bench` runs) against the project's built dist/, so a
// change to the quiz can be timed without the full bench's builds and
// Lighthouse runs. Prints the median, the worst and the first answer after
// page load, the main-thread CPU per answer (unthrottled runs), the same
// clicks on a bare step page (bench/lib/floor.mjs), and the machine's load
// average before and after.
// Usage: npm run build && npx node bench/quiz-only.mjs [rate ...]   (default: 1 and 4; CHROME_PATH, BENCH_PORT)
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { quizPlans, runAll, runFloor, stats } from './lib/quiz.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const RATES = process.argv.slice(2).map(Number).filter((n) => n >= 1);
// Port 0: the server picks a free one and prints it (other servers may run on this machine).
const PORT = Number(process.env.BENCH_PORT ?? 0);
if (!existsSync(join(DIST, 'quiz', 'index.html'))) {
  console.error('dist/quiz/index.html is missing: run `npm run build` first.');
  process.exit(1);
}
const { child: server, port } = await startStaticServer(DIST, PORT);
const browser = await launchBrowser(process.env.CHROME_PATH ?? '/usr/bin/chromium');
const ms = (/** @type {number | null} */ n) => (n === null ? '–' : `${n.toFixed(1)} ms`);
try {
  const plans = await quizPlans(ROOT);
  for (const rate of RATES.length ? RATES : [1, 4]) {
    const before = loadavg()[0] ?? 0;
    const run = await runAll(browser, `http://127.0.0.1:${port}`, rate, plans);
    const after = loadavg()[0] ?? 0;
    const all = stats(run.samples);
    const first = stats(run.firstSamples);
    const cpu = stats(run.cpuSamples);
    console.log(
      `CPU ${rate}×: ${all.count} answers, median ${ms(all.medianMs)}, worst ${ms(all.worstMs)}; ` +
        `first answer after load: median ${ms(first.medianMs)}, worst ${ms(first.worstMs)} (${first.count}); ` +
        (cpu.count ? `main-thread CPU per answer: median ${ms(cpu.medianMs)}, worst ${ms(cpu.worstMs)}; ` : '') +
        `runs: ${run.runs.map((r) => `${r.strategy} ${r.answers}${r.reachedReview ? '' : ' (no review)'}`).join(', ')}; ` +
        `load average ${before.toFixed(2)} → ${after.toFixed(2)}`,
    );
    if (process.env.BENCH_VERBOSE) console.log(run.samples.map((n) => n.toFixed(1)).join(' '));
    // The same clicks on the bare page (bench/lib/floor.mjs): what any step costs here.
    const floor = stats((await runFloor(browser, `http://127.0.0.1:${port}`, rate, plans)).samples);
    console.log(`  bare step page at ${rate}×: ${floor.count} answers, median ${ms(floor.medianMs)}, worst ${ms(floor.worstMs)}; load average ${(loadavg()[0] ?? 0).toFixed(2)}`);
  }
} finally {
  await browser.close();
  server.kill();
}
