// How busy the machine was around each timed step of the bench, and the
// rule that measures a step again when other work competed with it.
//
// The machine is shared, so a slow figure may be a regression or a
// neighbour's build. Two readings tell them apart:
// - the 1-minute load average before and after the step (what `uptime`
//   says; it lags, and it counts the bench's own browsers too);
// - the share of all CPUs that processes outside the bench used during the
//   step: the machine's busy time (/proc/stat) less the CPU time of the
//   bench's own process tree (/proc/<pid>/stat, children already reaped
//   included), so the bench's own work does not count against it.
// Before a step the bench waits (up to BENCH_QUIET_WAIT seconds) until
// other processes use at most BENCH_BUSY_SHARE of the CPUs; a step during
// which they used more is measured again (BENCH_ATTEMPTS attempts in all),
// and the quietest attempt is kept. Every attempt's readings go into the
// report, so a figure can always be read with the load it was measured under.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { processTree } from './measure.mjs';

export const CPUS = cpus().length;
/** Above this share of all CPUs used by other processes, a step counts as measured on a busy machine. */
export const BUSY_SHARE = Number(process.env.BENCH_BUSY_SHARE ?? 0.25);
/** Attempts per timed step, the first included. */
export const ATTEMPTS = Math.max(1, Number(process.env.BENCH_ATTEMPTS ?? 2));
/** How long to wait for the machine to quieten before a step (seconds). */
export const QUIET_WAIT = Math.max(0, Number(process.env.BENCH_QUIET_WAIT ?? 60));

/** The machine's CPU time so far, all CPUs summed, in clock ticks: busy and total. */
function machineTicks() {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/**
 * Every process seen in the bench's tree so far, with its CPU time and
 * parent when last read. A browser the bench closes can leave helpers that
 * outlive it under init (Chromium's, after Lighthouse kills it); they are
 * still the bench's work while they wind down, and when they end, init
 * reaps them, so their time would vanish from the tree's sum and show up as
 * another process's work. Their last reading is kept instead (`orphaned`).
 * A process whose parent in the tree reaps it needs nothing kept: its time
 * moves into that parent's children's time (cutime, cstime).
 * @type {Map<number, { ticks: number, ppid: number }>}
 */
const known = new Map();
/** CPU time of the bench's processes that ended under init. */
let orphaned = 0;

/** utime + stime + cutime + cstime and the parent of `pid`, or undefined when it has ended. @param {number} pid */
function readProcess(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "(comm) ": state is field 3, ppid field 4, utime/stime/cutime/cstime fields 14–17.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ticks: Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]), ppid: Number(rest[1]) };
  } catch {
    return undefined;
  }
}

/** CPU time (clock ticks) of the bench's process tree, children it has reaped and helpers that ended under init included. */
function benchTicks() {
  for (const pid of processTree(process.pid)) if (!known.has(pid)) known.set(pid, { ticks: 0, ppid: 0 });
  let ticks = 0;
  for (const [pid, last] of known) {
    const now = readProcess(pid);
    if (now) {
      known.set(pid, now);
      ticks += now.ticks;
      continue;
    }
    known.delete(pid);
    // Ended: reaped by a parent in the tree (its time is in that parent's), or by init (keep it).
    if (!known.has(last.ppid)) orphaned += last.ticks;
  }
  return ticks + orphaned;
}

/** @typedef {{ at: number, load: number, machine: { busy: number, total: number }, bench: number }} Snapshot */

/** @returns {Snapshot} */
export function snapshot() {
  return { at: Date.now(), load: loadavg()[0] ?? 0, machine: machineTicks(), bench: benchTicks() };
}

/**
 * @typedef {object} StepLoad
 * @property {number} loadBefore 1-minute load average when the step started
 * @property {number} loadAfter 1-minute load average when it ended
 * @property {number} otherShare share of all CPUs that processes outside the bench used during the step (0–1)
 * @property {number} seconds how long the step took
 * @property {boolean} busy whether otherShare was above BUSY_SHARE
 */

/** @param {Snapshot} a @param {Snapshot} b @returns {StepLoad} */
export function loadBetween(a, b) {
  const total = b.machine.total - a.machine.total;
  const other = Math.max(0, b.machine.busy - a.machine.busy - (b.bench - a.bench));
  const otherShare = total > 0 ? Math.min(1, other / total) : 0;
  return { loadBefore: a.load, loadAfter: b.load, otherShare, seconds: (b.at - a.at) / 1000, busy: otherShare > BUSY_SHARE };
}

/** Share of the CPUs other processes use over `ms` milliseconds. @param {number} ms */
async function othersOver(ms) {
  const a = snapshot();
  await new Promise((r) => setTimeout(r, ms));
  return loadBetween(a, snapshot()).otherShare;
}

/**
 * Waits until other processes use at most BUSY_SHARE of the CPUs (two-second
 * windows), for at most QUIET_WAIT seconds. Returns the seconds waited.
 * @param {(msg: string) => void} log @param {string} name
 */
export async function waitForQuiet(log, name) {
  const started = Date.now();
  let said = false;
  for (;;) {
    const share = await othersOver(2000);
    const waited = (Date.now() - started) / 1000;
    if (share <= BUSY_SHARE || waited >= QUIET_WAIT) return waited;
    if (!said) log(`${name}: other processes use ${(share * 100).toFixed(0)} % of the CPUs; waiting up to ${QUIET_WAIT} s for a quieter moment`);
    said = true;
  }
}

/**
 * Runs one timed step with the rule above. Returns the quietest attempt's
 * result, its load, and every attempt's load. `machine` reads the machine
 * (tests give a stand-in).
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} run
 * @param {(msg: string) => void} log
 * @param {{ snapshot: () => Snapshot, waitForQuiet: (log: (msg: string) => void, name: string) => Promise<number> }} [machine]
 * @returns {Promise<{ result: T, load: StepLoad & { attempts: StepLoad[] } }>}
 */
export async function timedStep(name, run, log, machine = { snapshot, waitForQuiet }) {
  /** @type {{ result: T, load: StepLoad }[]} */
  const attempts = [];
  for (let i = 0; i < ATTEMPTS; i++) {
    await machine.waitForQuiet(log, name);
    const before = machine.snapshot();
    const result = await run();
    const load = loadBetween(before, machine.snapshot());
    attempts.push({ result, load });
    if (!load.busy) break;
    if (i + 1 < ATTEMPTS) log(`${name}: other processes used ${(load.otherShare * 100).toFixed(0)} % of the CPUs during it (load ${load.loadBefore.toFixed(1)} → ${load.loadAfter.toFixed(1)}); measuring again`);
  }
  const best = attempts.reduce((a, b) => (b.load.otherShare < a.load.otherShare ? b : a));
  return { result: best.result, load: { ...best.load, attempts: attempts.map((a) => a.load) } };
}

/** "load 1.2 → 0.9, others 8 %" for the report. @param {StepLoad & { attempts?: StepLoad[] }} load */
export function describeLoad(load) {
  const tries = load.attempts && load.attempts.length > 1 ? `, ${load.attempts.length} attempts` : '';
  return `load ${load.loadBefore.toFixed(1)} → ${load.loadAfter.toFixed(1)}, others ${(load.otherShare * 100).toFixed(0)} %${load.busy ? ' (busy)' : ''}${tries}`;
}
