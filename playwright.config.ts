import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumChoice, chromiumExecutable } from './tests/support/browser-path';

// PW_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.PW_PORT ?? 4322);
const executablePath = chromiumExecutable();
const CI = Boolean(process.env.CI);

/**
 * The failure-and-retry specs: they route a chunk to fail and then succeed,
 * which is timing work, so in CI each runs three times (a race shows up here,
 * not on a reader's screen). scripts/test.mjs also runs them, and only them,
 * on a second browser (PW_CHROMIUM=npm, tests/support/browser-path.ts).
 */
const RECOVERY = /recovery\.spec\.ts$/;

// One JSON report per browser, so a run on the second browser does not overwrite the first (tests/summary.mjs reads both).
const report = chromiumChoice() === 'default' ? 'reports/playwright.json' : `reports/playwright-${chromiumChoice() === 'npm' ? 'npm-chromium' : 'other-chromium'}.json`;

// Browser tests run against the built site served by `astro preview`.
export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: report }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [
    { name: 'site', testIgnore: RECOVERY },
    { name: 'recovery', testMatch: RECOVERY, repeatEach: CI ? 3 : 1 },
  ],
  webServer: {
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
