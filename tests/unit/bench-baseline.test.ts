/**
 * The bench report's "Before and after" section: figures read from two
 * report.json shapes (an old one lacking fields included), changes worked
 * out from them, and a named baseline that is missing is an error.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparisonSection, readBaseline, summarize } from '../../bench/lib/baseline.mjs';

const before = {
  date: '2026-11-27T22:02:36.958Z',
  pages: [{ type: 'quiz', weight: { js: { gzip: 30369 }, startupGzip: 40902 }, lighthouse: { scores: { performance: 82 } } }],
  quiz: { medianMs: 33.6, throttled4x: { medianMs: 102.8 } },
  cost: { medianMs: 9 },
  builds: [{ site: 'generated 1000', totalSeconds: 34.3 }],
  growth: { ratio: 2.08 },
  notes: ['Machine load (1-minute load average, 2 CPUs) at the start: 3.9; when this was written: 4.6. The machine is shared.'],
};
const after = {
  date: '2026-11-28T00:20:00.000Z',
  commit: 'abc1234',
  pages: [
    { type: 'quiz', weight: { js: { gzip: 12638 }, startupGzip: 23397, html: { gzip: 9000 }, blockingCss: { gzip: 300 } }, lighthouse: { scores: { performance: 93 } } },
    { type: 'new page', weight: { js: { gzip: 100 }, startupGzip: 200 } },
  ],
  quiz: { medianMs: 13.5, throttled4x: { medianMs: 44.6, first: { medianMs: 15 }, load: { loadBefore: 0.4, loadAfter: 0.6, otherShare: 0.12, seconds: 30, busy: false } } },
  cost: { medianMs: 5.3 },
  builds: [{ site: 'generated 1000', totalSeconds: 28.9 }],
  growth: { ratio: 1.06 },
  notes: [],
};

/** The table row that starts with `name`, split into cells. */
function row(lines: string[], name: string): string[] {
  const line = lines.find((l) => l.startsWith(`| ${name} |`));
  if (line === undefined) throw new Error(`no row "${name}"`);
  return line.split('|').slice(1, -1).map((c) => c.trim());
}

describe('bench: before and after', () => {
  const lines: string[] = comparisonSection(summarize(before), summarize(after)).join('\n').split('\n');

  it('sets each figure beside its earlier value, with the change', () => {
    expect(row(lines, 'quiz: startup JS (gz)')).toEqual(['quiz: startup JS (gz)', '30,369 B', '12,638 B', '-58 %', '']);
    expect(row(lines, 'quiz: click → next question, median, 4× slowdown')).toEqual(['quiz: click → next question, median, 4× slowdown', '102.8 ms', '44.6 ms', '-57 %', '– → others 12 %, load 0.4']);
    expect(row(lines, 'build growth ratio (≤ 1.25 is linear)')).toEqual(['build growth ratio (≤ 1.25 is linear)', '2.08×', '1.06×', '-49 %', '']);
  });

  it('scores change by points; a page the earlier run lacked has no before', () => {
    expect(row(lines, 'quiz: Lighthouse performance')).toEqual(['quiz: Lighthouse performance', '82', '93', '+11 points', '']);
    expect(row(lines, 'new page: startup JS (gz)')).toEqual(['new page: startup JS (gz)', '–', '100 B', '–', '']);
  });

  it('sets every figure of the new report beside the old, not only the headline ones', () => {
    expect(row(lines, 'quiz: first answer after load, median, 4× slowdown')).toEqual(['quiz: first answer after load, median, 4× slowdown', '–', '15.0 ms', '–', '– → others 12 %, load 0.4']);
    expect(row(lines, 'quiz: HTML + blocking CSS (gz)')).toEqual(['quiz: HTML + blocking CSS (gz)', '–', '9,300 B', '–', '']);
    // A report written with today's figures compares with the summary it keeps as its baseline.
    const kept = summarize(JSON.parse(JSON.stringify(summarize(after))));
    expect(kept.figures['quiz: first answer after load, median, 4× slowdown']?.value).toBe(15);
  });

  it('names both runs and the load each ran under', () => {
    const intro = lines.find((l) => l.startsWith('Before:')) ?? '';
    expect(intro).toContain('2026-11-27T22:02:36.958Z');
    expect(intro).toContain('commit abc1234');
    expect(intro).toContain('a load average of 3.9 at its start and 4.6 at its end on 2 CPUs');
    expect(intro).toContain('this one an unrecorded load');
  });

  it('reads a baseline file, and a named one that is missing stops with its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
    const path = join(dir, 'report.json');
    writeFileSync(path, JSON.stringify(before));
    expect(readBaseline(path)?.figures['quiz: startup JS (gz)']?.value).toBe(30369);
    expect(readBaseline(join(dir, 'none.json'))).toBeNull();
    process.env.BENCH_BASELINE = join(dir, 'none.json');
    try {
      expect(() => readBaseline(path)).toThrow(/BENCH_BASELINE names .*none\.json, which does not exist/);
    } finally {
      delete process.env.BENCH_BASELINE;
    }
  });
});
