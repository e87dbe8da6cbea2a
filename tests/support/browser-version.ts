/**
 * Prints the browser the Playwright tests will drive, with its version, as
 * Playwright launches it (the same choice as playwright.config.ts makes:
 * PW_CHROMIUM, tests/support/browser-path.ts). scripts/test.mjs runs it
 * before each browser stage, so a report always says which browser passed.
 * `node tests/support/browser-version.ts`
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumChoice, chromiumExecutable } from './browser-path.ts';

try {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  console.log(`browser: Chromium ${browser.version()} (${executablePath ?? "Playwright's own"}; PW_CHROMIUM=${chromiumChoice()})`);
  await browser.close();
} catch (error) {
  console.log(`browser: none could be started (PW_CHROMIUM=${chromiumChoice()}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exitCode = 1;
}
