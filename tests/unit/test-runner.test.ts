/**
 * `npm test` (scripts/test.mjs) runs every stage in order whatever the
 * others did, always ends with "Summary: N passed, N failed, N skipped",
 * and exits with the worst stage's code. The runner and the summary run
 * here for real, from a copy in a temporary folder, with a stand-in `npm`
 * first on PATH that logs each call, writes the reports a runner would,
 * and exits as a case says (and a stand-in `node` for the browser line).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/content-files';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Case {
  /** Exit code per npm call, keyed by its arguments (e.g. "run check"); 0 when not listed. */
  exits?: Record<string, number>;
  /** Leave out a runner's report (it crashed). */
  noUnitReport?: boolean;
  /** Reports without a failed test. */
  green?: boolean;
}

const UNIT_REPORT = JSON.stringify({ numPassedTests: 5, numFailedTests: 1, numPendingTests: 1, numTodoTests: 0 });
const BROWSER_REPORT = JSON.stringify({ stats: { expected: 3, unexpected: 0, flaky: 0, skipped: 2 } });
const SECOND_BROWSER_REPORT = JSON.stringify({ stats: { expected: 4, unexpected: 1, flaky: 0, skipped: 0 } });
const GREEN_UNIT_REPORT = JSON.stringify({ numPassedTests: 6, numFailedTests: 0, numPendingTests: 1, numTodoTests: 0 });
const GREEN_SECOND_BROWSER_REPORT = JSON.stringify({ stats: { expected: 5, unexpected: 0, flaky: 0, skipped: 0 } });

function runTests({ exits = {}, noUnitReport = false, green = false }: Case): { calls: string[]; lines: string[]; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'npm-test-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'scripts'));
  mkdirSync(join(dir, 'tests'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'reports'));
  copyFileSync(join(ROOT, 'scripts/test.mjs'), join(dir, 'scripts/test.mjs'));
  copyFileSync(join(ROOT, 'tests/summary.mjs'), join(dir, 'tests/summary.mjs'));
  // A report from an earlier run, which must not be counted.
  writeFileSync(join(dir, 'reports/playwright-old.json'), JSON.stringify({ stats: { expected: 100, unexpected: 100, flaky: 0, skipped: 0 } }));
  const cases = Object.entries(exits)
    .map(([args, code]) => `  "${args}") exit ${code} ;;`)
    .join('\n');
  writeFileSync(
    join(dir, 'bin/npm'),
    `#!/bin/sh
echo "npm $* [PW_CHROMIUM=\${PW_CHROMIUM:-}]" >> "${dir}/calls.log"
mkdir -p reports
case "$*" in
  "run test:unit") ${noUnitReport ? 'exit 1' : `echo '${green ? GREEN_UNIT_REPORT : UNIT_REPORT}' > reports/vitest.json`} ;;
  "run test:browser") echo '${BROWSER_REPORT}' > reports/playwright.json ;;
  "run test:browser -- --project recovery") echo '${green ? GREEN_SECOND_BROWSER_REPORT : SECOND_BROWSER_REPORT}' > reports/playwright-npm-chromium.json ;;
esac
case "$*" in
${cases}
esac
exit 0
`,
  );
  writeFileSync(join(dir, 'bin/node'), `#!/bin/sh\necho "node $* [PW_CHROMIUM=\${PW_CHROMIUM:-}]" >> "${dir}/calls.log"\necho "browser: stand-in"\n`);
  chmodSync(join(dir, 'bin/npm'), 0o755);
  chmodSync(join(dir, 'bin/node'), 0o755);
  const result = spawnSync(process.execPath, [join(dir, 'scripts/test.mjs')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}` },
  });
  const calls = readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n');
  const lines = result.stdout.trim().split('\n');
  return { calls, lines, status: result.status };
}

const ALL_STAGES = [
  'npm run check [PW_CHROMIUM=]',
  'npm run originality -- --fallback ../shared/source/article.txt [PW_CHROMIUM=]',
  'npm run build [PW_CHROMIUM=]',
  'npm run test:unit [PW_CHROMIUM=]',
  'node tests/support/browser-version.ts [PW_CHROMIUM=]',
  'npm run test:browser [PW_CHROMIUM=]',
  'node tests/support/browser-version.ts [PW_CHROMIUM=npm]',
  'npm run test:browser -- --project recovery [PW_CHROMIUM=npm]',
];

describe('npm test (scripts/test.mjs)', () => {
  it('runs every stage in order after a failed one, ends with the summary, and exits with the worst code', () => {
    const { calls, lines, status } = runTests({ exits: { 'run check': 2, 'run test:browser': 1 } });
    expect(calls).toEqual(ALL_STAGES);
    expect(lines.at(-1)).toBe('Summary: 12 passed, 2 failed, 3 skipped');
    expect(lines.filter((l) => /^FAILED \(exit \d+\): /.test(l)).map((l) => l.replace(/, [\d.]+ s$/, ''))).toEqual([
      'FAILED (exit 2): check',
      'FAILED (exit 1): browser',
    ]);
    expect(status).toBe(2);
  });

  it('names a runner that wrote no report, still prints the summary last, and fails', () => {
    const { calls, lines, status } = runTests({ noUnitReport: true });
    expect(calls).toEqual(ALL_STAGES);
    expect(lines).toContain('no report reports/vitest.json: that runner did not finish');
    expect(lines.at(-1)).toBe('Summary: 7 passed, 1 failed, 2 skipped');
    expect(status).toBe(1);
  });

  it('fails on a failed test even when every stage exited 0', () => {
    const { lines, status } = runTests({});
    expect(lines.at(-1)).toBe('Summary: 12 passed, 2 failed, 3 skipped');
    expect(status).toBe(1);
  });

  it('exits 0 when every stage passed and no test failed', () => {
    const { lines, status } = runTests({ green: true });
    expect(lines.at(-1)).toBe('Summary: 14 passed, 0 failed, 3 skipped');
    expect(status).toBe(0);
  });
});
