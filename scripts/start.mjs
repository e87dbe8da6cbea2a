// @ts-check
/**
 * `npm start`: builds the site, then serves dist/ with `astro preview` on
 * http://127.0.0.1:4321/ until this process is stopped.
 *
 * Stopping it stops the server. npm runs a script through `sh -c`, and a
 * shell running `npm run build && astro preview` died on SIGTERM while the
 * server it had started kept the port (issue 19). Here the npm script
 * `exec`s this launcher, so the signal npm forwards reaches it; it passes
 * SIGTERM, SIGINT and SIGHUP to the step running (build or server), waits
 * for it, and exits with it. If npm itself dies without forwarding anything
 * (SIGKILL), this process is handed to another parent, which it notices
 * within a second and stops the same way.
 *
 * Options (for tests and side-by-side checkouts): `--port <n>` (default
 * 4321), `--no-build` (serve the dist/ there is).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const SIGNALS = /** @type {const} */ (['SIGTERM', 'SIGINT', 'SIGHUP']);

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 4321;
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`start: --port needs a port number, not ${args[portIndex + 1] ?? 'nothing'}`);
  process.exit(2);
}
const build = !args.includes('--no-build');

/** The step running now; `group` when it leads a process group of its own. */
/** @type {{ child: import('node:child_process').ChildProcess, group: boolean } | null} */
let current = null;
/** @type {NodeJS.Signals | null} */
let stopping = null;

function stop(/** @type {NodeJS.Signals} */ signal) {
  stopping ??= signal;
  const child = current?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null || child.pid === undefined) process.exit(exitCodeFor(signal));
  else if (current?.group) process.kill(-child.pid, signal);
  else child.kill(signal);
}
for (const signal of SIGNALS) process.on(signal, () => stop(signal));

// The parent that started this one is gone (npm killed with SIGKILL): stop too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM');
}, 1000).unref();

/** The exit code a shell reports for a signal: 128 + its number. */
function exitCodeFor(/** @type {NodeJS.Signals} */ signal) {
  return 128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[/** @type {'SIGHUP' | 'SIGINT' | 'SIGTERM'} */ (signal)] ?? 15);
}

/**
 * Runs one step and resolves with its exit code.
 * @param {string} command @param {string[]} argv
 * @param {{ detached?: boolean, env?: NodeJS.ProcessEnv }} [options] detached: a process group of its own, stopped as a whole
 * @returns {Promise<number>}
 */
function run(command, argv, { detached = false, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { cwd: ROOT, stdio: 'inherit', detached, env });
    current = { child, group: detached };
    child.on('exit', (code, signal) => resolve(code ?? (signal ? exitCodeFor(signal) : 1)));
  });
}

if (build) {
  // package.json's own "build" (one definition), through a shell in a
  // process group of its own, so a stop reaches every step it started.
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const bin = join(ROOT, 'node_modules', '.bin');
  const code = await run('sh', ['-c', scripts.build], { detached: true, env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` } });
  if (stopping) process.exit(exitCodeFor(stopping));
  if (code !== 0) process.exit(code);
}
const code = await run(process.execPath, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', String(port)]);
process.exit(stopping ? exitCodeFor(stopping) : code);
