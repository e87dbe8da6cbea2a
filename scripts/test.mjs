// @ts-check
/**
 * `npm test`: every stage in order, each run whatever the one before it
 * did, then the summary over the runners' reports; exits with the worst
 * exit code of any stage (1 at least when a test failed or a report is
 * missing). An `&&` chain stopped at the first failure, so a failing
 * browser test hid the summary (issue 19).
 *
 * Stages: check (astro check), originality, build, unit (Vitest), browser
 * (Playwright on the default Chromium: tests/support/browser-path.ts), and
 * the recovery specs again on the newest Chromium the npm registry serves
 * (@sparticuz/chromium, PW_CHROMIUM=npm): how a browser treats a failed
 * import() changes between versions. Each browser stage first prints the
 * browser it drives and its version.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summarize, summaryLine } from '../tests/summary.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @typedef {{ name: string, command: string[], env?: Record<string, string>, browser?: boolean }} Stage */
/** @type {Stage[]} */
const STAGES = [
  { name: 'check', command: ['npm', 'run', 'check'] },
  { name: 'originality', command: ['npm', 'run', 'originality', '--', '--fallback', '../shared/source/article.txt'] },
  { name: 'build', command: ['npm', 'run', 'build'] },
  { name: 'unit', command: ['npm', 'run', 'test:unit'] },
  { name: 'browser', command: ['npm', 'run', 'test:browser'], browser: true },
  {
    name: 'browser: recovery specs on the newest Chromium from npm',
    command: ['npm', 'run', 'test:browser', '--', '--project', 'recovery'],
    env: { PW_CHROMIUM: 'npm' },
    browser: true,
  },
];

/** @type {import('node:child_process').ChildProcess | null} */
let current = null;
/** @type {NodeJS.Signals | null} */
let interrupted = null;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    interrupted ??= signal;
    current?.kill(signal);
  });
}

/**
 * @param {string[]} command @param {Record<string, string>} [env]
 * @returns {Promise<number>} the exit code (128 + n for a signal)
 */
function run([file, ...args], env = {}) {
  return new Promise((resolve) => {
    const child = spawn(/** @type {string} */ (file), args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    current = child;
    child.on('error', (error) => {
      console.error(`test: cannot run ${file}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      current = null;
      resolve(code ?? (signal === 'SIGINT' ? 130 : 143));
    });
  });
}

// Reports of an earlier run must not count in this one's summary.
rmSync(new URL('../reports/', import.meta.url), { recursive: true, force: true });

/** @type {{ name: string, code: number | null, seconds: number }[]} */
const results = [];
for (const stage of STAGES) {
  if (interrupted) {
    results.push({ name: stage.name, code: null, seconds: 0 });
    continue;
  }
  console.log(`\n== ${stage.name}`);
  const started = Date.now();
  if (stage.browser) await run(['node', 'tests/support/browser-version.ts'], stage.env);
  const code = await run(stage.command, stage.env);
  results.push({ name: stage.name, code, seconds: (Date.now() - started) / 1000 });
}

console.log('\n== stages');
for (const { name, code, seconds } of results) {
  console.log(`${code === null ? 'not run (interrupted)' : code === 0 ? 'ok' : `FAILED (exit ${code})`}: ${name}${code === null ? '' : `, ${seconds.toFixed(1)} s`}`);
}
const totals = summarize(fileURLToPath(new URL('../reports/', import.meta.url)));
for (const name of totals.missing) console.log(`no report reports/${name}: that runner did not finish`);
console.log(summaryLine(totals));

const worst = Math.max(0, ...results.map((r) => r.code ?? 0));
process.exit(interrupted ? 130 : worst > 0 ? worst : totals.failed > 0 || totals.missing.length > 0 ? 1 : 0);
