/**
 * The colour schemes a page can be in, and how a test puts it there: the
 * system preference (prefers-color-scheme) or a stored choice from the
 * theme toggle (localStorage 'theme') that overrides the system.
 */
import { expect, type Page } from '@playwright/test';

export interface ThemeMode {
  name: string;
  /** What the page must end up showing. */
  scheme: 'light' | 'dark';
  system: 'light' | 'dark';
  stored?: 'light' | 'dark';
}

export const THEME_MODES: readonly ThemeMode[] = [
  { name: 'light (system)', scheme: 'light', system: 'light' },
  { name: 'dark (system)', scheme: 'dark', system: 'dark' },
  { name: 'dark (stored over light system)', scheme: 'dark', system: 'light', stored: 'dark' },
  { name: 'light (stored over dark system)', scheme: 'light', system: 'dark', stored: 'light' },
];

/** Call before page.goto: sets the system scheme and the stored choice. */
export async function applyTheme(page: Page, mode: ThemeMode): Promise<void> {
  await page.emulateMedia({ colorScheme: mode.system });
  const stored = mode.stored ?? null;
  await page.addInitScript((value) => {
    try {
      if (value) localStorage.setItem('theme', value);
      else localStorage.removeItem('theme');
    } catch {
      // Storage may be unavailable (opaque origins); the system scheme still applies.
    }
  }, stored);
}

/** Fails unless the page's background is dark for 'dark' and light for 'light'. */
export async function expectScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const luminance = await page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
  if (scheme === 'dark') expect(luminance, 'page background should be dark').toBeLessThan(0.3);
  else expect(luminance, 'page background should be light').toBeGreaterThan(0.7);
}
