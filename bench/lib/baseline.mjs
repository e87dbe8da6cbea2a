// Before and after: every figure of an earlier report (by default the
// bench/report.json a run replaces; BENCH_BASELINE=<file> names another)
// kept in the new report and set beside the new figure, with the load each
// timed figure was measured under, so a change can be read as a regression
// or as a busier machine.

import { existsSync, readFileSync } from 'node:fs';
import { table } from './report.mjs';

/**
 * @typedef {'bytes' | 'count' | 'ms' | 's' | 'mib' | 'ratio' | 'score' | 'shift'} Unit
 * @typedef {{ value: number | null, unit: Unit, load: string | null }} Figure
 */

/** "others 8 %" for a step's load as bench/lib/load.mjs records it (null for reports that predate it). @param {any} load */
function loadOf(load) {
  return load && typeof load.otherShare === 'number' ? `others ${(load.otherShare * 100).toFixed(0)} %, load ${load.loadBefore.toFixed(1)}` : null;
}

/** @param {unknown} v */
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * @typedef {{ date: string | null, commit: string | null, load: string | null, figures: Record<string, Figure> }} Summary
 */

/**
 * A summary kept by a report written before 2026-12-03 (a few figures per
 * page, the quiz's two medians, the cost median, the builds), in today's shape.
 * @param {any} old
 * @returns {Summary}
 */
function fromOldSummary(old) {
  /** @type {Record<string, Figure>} */
  const figures = {};
  const add = (/** @type {string} */ label, /** @type {unknown} */ value, /** @type {Unit} */ unit) => (figures[label] = { value: num(value), unit, load: null });
  for (const [type, p] of Object.entries(old.pages ?? {})) {
    add(`${type}: startup JS (gz)`, /** @type {any} */ (p).jsGz, 'bytes');
    add(`${type}: startup download (gz)`, /** @type {any} */ (p).startupGz, 'bytes');
    add(`${type}: Lighthouse performance`, /** @type {any} */ (p).performance, 'score');
  }
  add('quiz: click → next question, median, 4× slowdown', old.quiz?.slow4xMs, 'ms');
  add('quiz: click → next question, median, no throttling', old.quiz?.plainMs, 'ms');
  add('cost recompute, median', old.costMs, 'ms');
  for (const [site, seconds] of Object.entries(old.build ?? {})) add(`build: ${site}`, seconds, 's');
  add('build growth ratio (≤ 1.25 is linear)', old.growthRatio, 'ratio');
  return { date: old.date ?? null, commit: old.commit ?? null, load: old.load ?? null, figures };
}

/**
 * Every figure worth comparing, keyed by the row's label: from a
 * report.json object (any version of it: figures an old report lacks stay
 * null), or a summary kept as a report's baseline (today's shape or the
 * older one, which is converted).
 * @param {any} r
 * @returns {Summary}
 */
export function summarize(r) {
  if (r && typeof r.figures === 'object' && r.figures !== null) return r;
  if (r && r.pages && !Array.isArray(r.pages)) return fromOldSummary(r);
  // The load note reads "Machine load (1-minute load average, 2 CPUs) at the start: 3.9; when this was written: 4.6. …".
  const note = /** @type {string | undefined} */ ((r.notes ?? []).find((/** @type {string} */ n) => n.startsWith('Machine load')));
  const parsed = note?.match(/(\d+) CPUs\) at the start: (\d+(?:\.\d+)?); when this was written: (\d+(?:\.\d+)?)/);
  const load = parsed ? `a load average of ${parsed[2]} at its start and ${parsed[3]} at its end on ${parsed[1]} CPUs` : null;
  /** @type {Record<string, Figure>} */
  const figures = {};
  const add = (/** @type {string} */ label, /** @type {unknown} */ value, /** @type {Unit} */ unit, /** @type {any} */ stepLoad = null) =>
    (figures[label] = { value: num(value), unit, load: loadOf(stepLoad) });
  for (const p of (r.pages ?? []).filter((/** @type {any} */ p) => !p.skipped)) {
    const w = p.weight ?? {};
    const lh = p.lighthouse ?? {};
    add(`${p.type}: HTML + blocking CSS (gz)`, w.html && w.blockingCss ? w.html.gzip + w.blockingCss.gzip : null, 'bytes');
    add(`${p.type}: startup JS (gz)`, w.js?.gzip, 'bytes');
    add(`${p.type}: startup download (gz)`, w.startupGzip, 'bytes');
    add(`${p.type}: requests`, p.load?.requests, 'count');
    add(`${p.type}: Lighthouse performance`, lh.scores?.performance, 'score', lh.load);
    add(`${p.type}: Lighthouse accessibility`, lh.scores?.accessibility, 'score', lh.load);
    add(`${p.type}: Lighthouse best practices`, lh.scores?.['best-practices'], 'score', lh.load);
    add(`${p.type}: Lighthouse SEO`, lh.scores?.seo, 'score', lh.load);
    add(`${p.type}: LCP`, lh.lcpMs, 'ms', lh.load);
    add(`${p.type}: CLS`, lh.cls, 'shift', lh.load);
    add(`${p.type}: TBT`, lh.tbtMs, 'ms', lh.load);
  }
  const q = r.quiz ?? {};
  const q4 = q.throttled4x ?? {};
  add('quiz: click → next question, median, 4× slowdown', q4.medianMs, 'ms', q4.load);
  add('quiz: click → next question, worst, 4× slowdown', q4.worstMs, 'ms', q4.load);
  add('quiz: first answer after load, median, 4× slowdown', q4.first?.medianMs, 'ms', q4.load);
  add('quiz: Event Timing of Next, median, 4× slowdown', q4.nextEventTiming?.medianMs, 'ms', q4.load);
  add('quiz: click → next question, median, no throttling', q.medianMs, 'ms', q.load);
  add('quiz: click → next question, worst, no throttling', q.worstMs, 'ms', q.load);
  add('quiz: main-thread CPU per answer, median, no throttling', q.cpu?.medianMs, 'ms', q.load);
  const c = r.cost ?? {};
  add('cost recompute, median', c.medianMs, 'ms', c.load);
  add('cost recompute, worst', c.worstMs, 'ms', c.load);
  add('cost recompute painted, median', c.painted?.medianMs, 'ms', c.load);
  add('cost recompute, median, 4× slowdown', c.throttled4x?.medianMs, 'ms', c.throttled4x?.load);
  for (const b of r.builds ?? []) {
    add(`build: ${b.site}`, b.totalSeconds, 's', b.load);
    add(`build: ${b.site}, peak memory`, b.peakTreeMb, 'mib', b.load);
  }
  add('build growth ratio (≤ 1.25 is linear)', r.growth?.ratio, 'ratio');
  return { date: r.date ?? null, commit: r.commit ?? null, load, figures };
}

/**
 * The baseline for a new run: BENCH_BASELINE, else the report being replaced.
 * @param {string} defaultPath
 * @returns {Summary | null}
 */
export function readBaseline(defaultPath) {
  const named = process.env.BENCH_BASELINE;
  const path = named ?? defaultPath;
  if (!existsSync(path)) {
    if (named) throw new Error(`bench: BENCH_BASELINE names ${named}, which does not exist`);
    return null;
  }
  try {
    return summarize(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`bench: the baseline ${path} is not a readable report.json (${error instanceof Error ? error.message : error})`);
  }
}

/**
 * How each kind of figure is shown and compared. Scores change by points,
 * not by a share of themselves.
 * @type {Record<Unit, { suffix: string, digits: number, byPoints?: boolean }>}
 */
const UNITS = {
  bytes: { suffix: ' B', digits: 0 },
  count: { suffix: '', digits: 0 },
  ms: { suffix: ' ms', digits: 1 },
  s: { suffix: ' s', digits: 1 },
  mib: { suffix: ' MiB', digits: 0 },
  ratio: { suffix: '×', digits: 2 },
  score: { suffix: '', digits: 0, byPoints: true },
  shift: { suffix: '', digits: 3, byPoints: true },
};

/** @param {number | null} v @param {Unit} unit */
function cell(v, unit) {
  const { suffix, digits } = UNITS[unit];
  return v === null ? '–' : `${v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${suffix}`;
}

/** @param {number | null} before @param {number | null} after @param {Unit} unit */
function change(before, after, unit) {
  if (before === null || after === null) return '–';
  if (UNITS[unit].byPoints) {
    const d = after - before;
    if (unit === 'shift') return `${d > 0 ? '+' : ''}${d.toFixed(3)}`;
    return `${d > 0 ? '+' : ''}${d} point${Math.abs(d) === 1 ? '' : 's'}`;
  }
  if (before === 0) return '–';
  const pct = ((after - before) / before) * 100;
  return `${pct > 0 ? '+' : ''}${pct.toFixed(0)} %`;
}

/**
 * The "Before and after" section of REPORT.md: every figure of this run
 * beside the earlier report's, with the change, and for timed figures the
 * load each was measured under (others' share of the CPUs during the step
 * and the load average before it), when the report recorded it.
 * @param {Summary} before
 * @param {Summary} after
 */
export function comparisonSection(before, after) {
  const who = (/** @type {Summary} */ s) => `${s.date ?? 'an undated run'}${s.commit ? ` (commit ${s.commit})` : ''}`;
  const rows = Object.entries(after.figures).map(([label, now]) => {
    const then = before.figures[label] ?? { value: null, unit: now.unit, load: null };
    const loads = now.load || then.load ? `${then.load ?? '–'} → ${now.load ?? '–'}` : '';
    return [label, cell(then.value, now.unit), cell(now.value, now.unit), change(then.value, now.value, now.unit), loads];
  });
  return [
    '## Before and after',
    '',
    `Before: the report of ${who(before)}. After: this run${after.commit ? ` (commit ${after.commit})` : ''}. Bytes are exact. Times and Lighthouse scores depend on how busy the machine was: the earlier run had ${before.load ?? 'an unrecorded load'}; this one ${after.load ?? 'an unrecorded load'}. The last column gives, for each timed figure, the share of the CPUs other processes used while it was measured and the 1-minute load average just before (earlier → this run; "–" where a report did not record it): a change measured with others near 0 % is the code's; one measured while others held a large share may be the machine's. Quiz timings also depend on the click: runs before 2026-11-28 used Playwright's locator.click(), whose in-page checks added about 5 ms at 4× slowdown (see Quiz interaction).`,
    '',
    table(['figure', 'before', 'after', 'change', 'measured under (before → after)'], rows),
    '',
  ];
}
