/**
 * Which Chromium the browser tests drive: Playwright's own when it is
 * installed, else Debian's /usr/bin/chromium, else a clear stop.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function chromiumExecutable(): string | undefined {
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own.
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new Error(
    'No browser for the tests: run `npx playwright install chromium` or, on Debian, `apt-get install chromium`.',
  );
}

/** Flags for Chromium here: root needs --no-sandbox; the closed network needs quiet background services. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
