/** Waits until a page has finished what it does on load (search results, scripts). */
import { expect, type Page } from '@playwright/test';

export async function waitForSettledPage(page: Page, path: string): Promise<void> {
  await page.waitForLoadState('load');
  if (path.startsWith('/search/') && path.includes('q=')) {
    // The status line says how many pages match once Pagefind has answered.
    await expect(page.locator('[data-search-status]')).toHaveText(/match/, { timeout: 10_000 });
  }
}
