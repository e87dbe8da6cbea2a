/**
 * Which Chromium the browser tests drive.
 *
 * - By default: Playwright's own when it is installed, else Debian's
 *   /usr/bin/chromium, else a clear stop.
 * - PW_CHROMIUM=npm: the newest Chromium the npm registry serves, from the
 *   `@sparticuz/chromium` devDependency (its major version is Chromium's).
 *   The package ships the browser brotli-compressed; it is unpacked once per
 *   package version into node_modules/.cache/ (about 200 MB, 2 s). CI runs
 *   the recovery specs on it as well as on the default browser, because how
 *   a browser treats a failed import() changes between versions.
 * - PW_CHROMIUM=<path>: that executable.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Which browser PW_CHROMIUM asks for, in words for reports: 'default' or 'npm' or a path. */
export function chromiumChoice(): string {
  return process.env.PW_CHROMIUM?.trim() || 'default';
}

export function chromiumExecutable(): string | undefined {
  const choice = chromiumChoice();
  if (choice === 'npm') return npmChromium();
  if (choice !== 'default') {
    if (!existsSync(choice)) throw new Error(`PW_CHROMIUM=${choice}: no such file.`);
    return choice;
  }
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

/**
 * The Chromium of @sparticuz/chromium, unpacked on first use. Only the
 * browser itself is unpacked: the package's fonts and SwiftShader are for
 * machines without them, and the tests here run with the system's fonts and
 * --disable-gpu. Written to a temporary name and renamed, so Playwright's
 * workers, which each load the config, never see half a file.
 */
export function npmChromium(): string {
  let entry: string;
  try {
    // The package exports only its entry (build/index.js), not package.json.
    entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    throw new Error('PW_CHROMIUM=npm needs the @sparticuz/chromium devDependency: run `npm install`.');
  }
  const root = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const dir = join(root, '..', '..', '.cache', `sparticuz-chromium-${version}`);
  const executable = join(dir, 'chromium');
  if (existsSync(executable)) return executable;
  mkdirSync(dir, { recursive: true });
  const partial = `${executable}.${process.pid}.partial`;
  writeFileSync(partial, brotliDecompressSync(readFileSync(join(root, 'bin', 'chromium.br'))));
  chmodSync(partial, 0o755);
  renameSync(partial, executable);
  return executable;
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
