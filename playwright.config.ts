import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/support/browser-path';

// PW_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.PW_PORT ?? 4322);
const executablePath = chromiumExecutable();

// Browser tests run against the built site served by `astro preview`.
export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
  },
  webServer: {
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
