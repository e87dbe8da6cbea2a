// Runs a command and measures it: wall time, and peak memory as the summed
// RSS of its whole process tree (sampled from /proc every 50 ms), plus the
// largest single process's max RSS from /usr/bin/time when it exists.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGE_KB = 4; // Linux page size on x86-64 / arm64 (statm counts pages).

/** @returns {Map<number, number>} pid → parent pid, for every process we can see. */
function parentMap() {
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name "(...)": state, ppid, …
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(after[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return map;
}

/** `root` and every process below it. @param {number} root @returns {Set<number>} */
export function processTree(root) {
  const parents = parentMap();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

/** Summed RSS (KiB) of `root` and all its descendants. @param {number} root */
export function treeRssKb(root) {
  const tree = processTree(root);
  let kb = 0;
  for (const pid of tree) {
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      kb += resident * PAGE_KB;
    } catch {
      // Gone already.
    }
  }
  return kb;
}

/**
 * @typedef {object} Measurement
 * @property {number} seconds wall time
 * @property {number} peakTreeMb peak summed RSS of the process tree, MiB
 * @property {number | null} maxProcessMb largest single process's max RSS (/usr/bin/time), MiB
 * @property {number} exitCode
 * @property {string} outputTail last lines of stdout+stderr
 */

/**
 * @param {string} command executable
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<Measurement>}
 */
export function measure(command, args, { cwd, env = process.env }) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  const [exe, argv] = timeBin ? [timeBin, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(exe, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {string[]} */
    const output = [];
    const keep = (/** @type {Buffer} */ chunk) => {
      output.push(chunk.toString());
      if (output.length > 400) output.splice(0, output.length - 400);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    };
    const timer = setInterval(sample, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let maxProcessMb = null;
      try {
        const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb)) maxProcessMb = kb / 1024;
      } catch {
        // No /usr/bin/time output.
      }
      rmSync(scratch, { recursive: true, force: true });
      const tail = output.join('').split('\n').slice(-30).join('\n');
      resolve({ seconds, peakTreeMb: peak / 1024, maxProcessMb, exitCode: code ?? 1, outputTail: tail });
    });
  });
}
