// Page loads in Playwright's Chromium (Debian's /usr/bin/chromium here):
// how many requests a page makes and how many bytes arrive.
import { chromium } from '@playwright/test';

export const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** @param {string} chromePath */
export function launchBrowser(chromePath) {
  return chromium.launch({ executablePath: chromePath, args: LAUNCH_ARGS });
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<{ requests: number, transferBytes: number, byType: Record<string, number> }>}
 */
export async function countRequests(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {import('@playwright/test').Request[]} */
  const requests = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) requests.push(request);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  let transferBytes = 0;
  /** @type {Record<string, number>} */
  const byType = {};
  for (const request of requests) {
    byType[request.resourceType()] = (byType[request.resourceType()] ?? 0) + 1;
    const response = await request.response();
    if (response) {
      const sizes = await request.sizes().catch(() => null);
      if (sizes) transferBytes += sizes.responseBodySize + sizes.responseHeadersSize;
    }
  }
  await context.close();
  return { requests: requests.length, transferBytes, byType };
}
