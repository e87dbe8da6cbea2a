// @ts-check
/**
 * The closing line of `npm test` over every runner's report:
 * "Summary: N passed, N failed, N skipped". It is printed whatever happened:
 * a runner that wrote no report (it crashed, or its stage never got that
 * far) is named on a line of its own, and counts nothing.
 *
 * Reports: reports/vitest.json, and one reports/playwright*.json per
 * browser the Playwright suite ran on (playwright.config.ts names them).
 * scripts/test.mjs empties reports/ first, so none is left from a past run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} path */
function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * @param {string} dir the reports folder
 * @returns {{ passed: number, failed: number, skipped: number, missing: string[] }}
 */
export function summarize(dir = 'reports') {
  const totals = { passed: 0, failed: 0, skipped: 0, missing: /** @type {string[]} */ ([]) };
  const unit = read(join(dir, 'vitest.json'));
  if (unit) {
    totals.passed += unit.numPassedTests;
    totals.failed += unit.numFailedTests;
    totals.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  } else totals.missing.push('vitest.json');
  const browserReports = existsSync(dir) ? readdirSync(dir).filter((f) => /^playwright.*\.json$/.test(f)).sort() : [];
  if (!browserReports.includes('playwright.json')) totals.missing.push('playwright.json');
  for (const name of browserReports) {
    const browser = read(join(dir, name));
    if (!browser?.stats) {
      totals.missing.push(name);
      continue;
    }
    totals.passed += browser.stats.expected;
    totals.failed += browser.stats.unexpected + browser.stats.flaky;
    totals.skipped += browser.stats.skipped;
  }
  return totals;
}

/** @param {ReturnType<typeof summarize>} totals */
export function summaryLine({ passed, failed, skipped }) {
  return `Summary: ${passed} passed, ${failed} failed, ${skipped} skipped`;
}

// Run directly: print the notes and the line, exit 1 on a failure or a missing report.
if (import.meta.url === `file://${process.argv[1]}`) {
  const totals = summarize();
  for (const name of totals.missing) console.log(`summary: no report reports/${name} (that runner did not finish)`);
  console.log(summaryLine(totals));
  process.exit(totals.failed > 0 || totals.missing.length > 0 ? 1 : 0);
}
