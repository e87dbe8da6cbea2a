// Starts bench/lib/serve.mjs on a built site in a child process and waits
// until it listens: the whole bench and the single-step scripts
// (quiz-only.mjs, cost-only.mjs) serve the site the same way.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('./serve.mjs', import.meta.url));

/**
 * @param {string} dir the built site
 * @param {number} port 0 lets the server pick a free one
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, port: number }>}
 */
export async function startStaticServer(dir, port) {
  const child = spawn(process.execPath, [SERVE, dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const listening = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`static server exited ${code}`)));
    child.stdout?.on('data', (chunk) => {
      const m = /listening (\d+)/.exec(String(chunk));
      if (m) resolve(Number(m[1]));
    });
  });
  return { child, port: /** @type {number} */ (listening) };
}
