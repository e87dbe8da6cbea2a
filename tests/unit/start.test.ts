/**
 * `npm start` stops its server when it is stopped (issue 19): killed by the
 * npm process's PID, by Ctrl-C (SIGINT to the terminal's whole process
 * group), or with npm killed outright (SIGKILL), the port stops answering.
 * Before scripts/start.mjs, `kill <npm pid>` left `astro preview` serving.
 * Runs `npm start -- --no-build` on a free port, against the dist/ the
 * build stage made (a rebuild here would race the tests that read dist/).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, it } from 'vitest';
import { ROOT_DIR, requireDist } from '../support/dist';

requireDist();

const running: ChildProcess[] = [];
afterEach(() => {
  // Whatever a failed case left: npm leads its own process group here, and everything it started is in it.
  for (const child of running.splice(0)) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function answers(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

async function until(what: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out after ${ms} ms waiting until ${what}`);
}

/**
 * `npm start` on a free port, in a process group of its own (as a terminal
 * would start it), once the port answers: each case below starts from a
 * server that really serves.
 */
async function start(): Promise<{ npm: ChildProcess; port: number; exited: Promise<number | null> }> {
  const port = await freePort();
  const npm = spawn('npm', ['start', '--', '--no-build', '--port', String(port)], { cwd: ROOT_DIR, detached: true, stdio: 'ignore' });
  running.push(npm);
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))));
  await until(`port ${port} answers`, () => answers(port), 30_000);
  return { npm, port, exited };
}

describe('npm start stops its server', () => {
  it('when the npm process is killed by its PID (SIGTERM)', async () => {
    const { npm, port, exited } = await start();
    process.kill(npm.pid!, 'SIGTERM');
    await exited;
    await until(`port ${port} is closed`, async () => !(await answers(port)), 10_000);
  }, 60_000);

  it('on Ctrl-C (SIGINT to the process group)', async () => {
    const { npm, port, exited } = await start();
    process.kill(-npm.pid!, 'SIGINT');
    await exited;
    await until(`port ${port} is closed`, async () => !(await answers(port)), 10_000);
  }, 60_000);

  it('when npm is killed outright (SIGKILL), within a few seconds', async () => {
    const { npm, port, exited } = await start();
    process.kill(npm.pid!, 'SIGKILL');
    await exited;
    await until(`port ${port} is closed`, async () => !(await answers(port)), 10_000);
  }, 60_000);
});
