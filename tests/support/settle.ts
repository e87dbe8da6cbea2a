/** Waits until a page has finished what it does on load (search results, scripts). */
import { expect, type Page, type Request } from '@playwright/test';

export async function waitForSettledPage(page: Page, path: string): Promise<void> {
  await page.waitForLoadState('load');
  if (path.startsWith('/search/') && path.includes('q=')) {
    // The status line says how many pages match once Pagefind has answered.
    await expect(page.locator('[data-search-status]')).toHaveText(/match/, { timeout: 10_000 });
  }
}

/**
 * Loads `path` and waits until it has stopped fetching: settled as above,
 * then no request in flight for `quietMs`. Playwright's 'networkidle' waits
 * for a fixed 500 ms without connections; counting the page's own requests
 * lets a page that is done return after a shorter window, and a request
 * still running (hydration, search) is waited for all the same.
 */
export async function gotoAndWaitForQuiet(page: Page, path: string, quietMs = 250) {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const started = (request: Request) => {
    inFlight.add(request);
    lastChange = Date.now();
  };
  const ended = (request: Request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const response = await page.goto(path);
    await waitForSettledPage(page, path);
    await expect
      .poll(() => (inFlight.size === 0 ? Date.now() - lastChange : 0), { message: `${path}: requests still in flight`, intervals: [50], timeout: 20_000 })
      .toBeGreaterThanOrEqual(quietMs);
    return response;
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
