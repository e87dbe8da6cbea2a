// Reports live in reports/, not test-results/, which Playwright empties when it starts.
// Prints one closing line for both runners: "Summary: N passed, N failed".
import { readFileSync } from 'node:fs';

/** @param {string} path */
function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
const unit = read('reports/vitest.json');
const browser = read('reports/playwright.json');
let passed = 0;
let failed = 0;
let skipped = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
if (browser) {
  passed += browser.stats.expected;
  failed += browser.stats.unexpected + browser.stats.flaky;
  skipped += browser.stats.skipped;
}
if (!unit || !browser) {
  console.error('Summary: a test runner wrote no report (reports/vitest.json, reports/playwright.json).');
  process.exit(1);
}
console.log(`Summary: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
