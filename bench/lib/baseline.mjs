// Before and after: the headline figures of an earlier report (by default
// the bench/report.json a run replaces; BENCH_BASELINE=<file> names another)
// kept in the new report and set side by side with the new figures.

import { existsSync, readFileSync } from 'node:fs';
import { table } from './report.mjs';

/**
 * The figures worth comparing, from a report.json object (any version of it:
 * fields an old report lacks stay null).
 * @param {any} r
 */
export function summarize(r) {
  const median = (/** @type {any} */ q) => (typeof q?.medianMs === 'number' ? q.medianMs : null);
  // The load note reads "Machine load (1-minute load average, 2 CPUs) at the start: 3.9; when this was written: 4.6. …".
  const note = /** @type {string | undefined} */ ((r.notes ?? []).find((/** @type {string} */ n) => n.startsWith('Machine load')));
  const figures = note?.match(/(\d+) CPUs\) at the start: (\d+(?:\.\d+)?); when this was written: (\d+(?:\.\d+)?)/);
  const load = figures ? `a load average of ${figures[2]} at its start and ${figures[3]} at its end on ${figures[1]} CPUs` : null;
  return {
    date: r.date ?? null,
    commit: r.commit ?? null,
    load,
    pages: Object.fromEntries(
      (r.pages ?? [])
        .filter((/** @type {any} */ p) => !p.skipped)
        .map((/** @type {any} */ p) => [p.type, { jsGz: p.weight?.js?.gzip ?? null, startupGz: p.weight?.startupGzip ?? null, performance: p.lighthouse?.scores?.performance ?? null }]),
    ),
    quiz: { plainMs: median(r.quiz), slow4xMs: median(r.quiz?.throttled4x) },
    costMs: median(r.cost),
    build: Object.fromEntries((r.builds ?? []).map((/** @type {any} */ b) => [b.site, b.totalSeconds ?? null])),
    growthRatio: r.growth?.ratio ?? null,
  };
}

/**
 * The baseline for a new run: BENCH_BASELINE, else the report being replaced.
 * @param {string} defaultPath
 * @returns {ReturnType<typeof summarize> | null}
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
 * @type {Record<string, { suffix: string, digits: number, byPoints?: boolean }>}
 */
const UNITS = {
  bytes: { suffix: ' B', digits: 0 },
  ms: { suffix: ' ms', digits: 1 },
  s: { suffix: ' s', digits: 1 },
  ratio: { suffix: '×', digits: 2 },
  score: { suffix: '', digits: 0, byPoints: true },
};

/** @param {number | null} v @param {keyof typeof UNITS} unit */
function cell(v, unit) {
  const { suffix, digits } = UNITS[unit];
  return v === null ? '–' : `${v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${suffix}`;
}

/** @param {number | null} before @param {number | null} after @param {keyof typeof UNITS} unit */
function change(before, after, unit) {
  if (before === null || after === null || before === 0) return '–';
  if (UNITS[unit].byPoints) return `${after - before > 0 ? '+' : ''}${after - before} point${Math.abs(after - before) === 1 ? '' : 's'}`;
  const pct = ((after - before) / before) * 100;
  return `${pct > 0 ? '+' : ''}${pct.toFixed(0)} %`;
}

/** Per-page figures: row label, field of the page summary, unit. */
const PAGE_FIGURES = /** @type {const} */ ([
  ['startup JS (gz)', 'jsGz', 'bytes'],
  ['startup download (gz)', 'startupGz', 'bytes'],
  ['Lighthouse performance', 'performance', 'score'],
]);

/**
 * The "Before and after" section of REPORT.md.
 * @param {ReturnType<typeof summarize>} before
 * @param {ReturnType<typeof summarize>} after
 */
export function comparisonSection(before, after) {
  /** @type {[string, number | null, number | null, keyof typeof UNITS][]} */
  const rows = [];
  for (const [label, field, unit] of PAGE_FIGURES) {
    for (const [type, now] of Object.entries(after.pages)) rows.push([`${type}: ${label}`, before.pages[type]?.[field] ?? null, now[field], unit]);
  }
  rows.push(['quiz: click → next question, median, 4× slowdown', before.quiz.slow4xMs, after.quiz.slow4xMs, 'ms']);
  rows.push(['quiz: click → next question, median, no throttling', before.quiz.plainMs, after.quiz.plainMs, 'ms']);
  rows.push(['cost recompute, median', before.costMs, after.costMs, 'ms']);
  for (const [site, seconds] of Object.entries(after.build)) rows.push([`build: ${site}`, before.build[site] ?? null, seconds, 's']);
  rows.push(['build growth ratio (≤ 1.25 is linear)', before.growthRatio, after.growthRatio, 'ratio']);
  const who = (/** @type {ReturnType<typeof summarize>} */ s) => `${s.date ?? 'an undated run'}${s.commit ? ` (commit ${s.commit})` : ''}`;
  return [
    '## Before and after',
    '',
    `Before: the report of ${who(before)}. After: this run${after.commit ? ` (commit ${after.commit})` : ''}. Bytes are exact. Times and Lighthouse scores depend on how busy the machine was: the earlier run had ${before.load ?? 'an unrecorded load'}; this one ${after.load ?? 'an unrecorded load'}. Quiz timings also depend on the click: runs before 2026-11-28 used Playwright's locator.click(), whose in-page checks added about 5 ms at 4× slowdown (see Quiz interaction).`,
    '',
    table(
      ['figure', 'before', 'after', 'change'],
      rows.map(([name, then, now, unit]) => [name, cell(then, unit), cell(now, unit), change(then, now, unit)]),
    ),
    '',
  ];
}
