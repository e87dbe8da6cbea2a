/**
 * `sharedPage`: one browser page per worker (and per viewport and
 * JavaScript setting), reused by read-only checks that only load a URL and
 * look at it (axe scans, heading checks). A fresh context and page per test
 * starts a new renderer process, which cost more than many of these checks
 * themselves on the 2-core CI machine.
 *
 * Each test still starts clean: init scripts it added (applyTheme) are
 * removed after it, and emulated media, cookies and storage are reset
 * before it. Tests that click, type, listen to events or change the page
 * beyond that keep Playwright's own `page`.
 */
import { test as base, type Browser, type Page } from '@playwright/test';

interface PageKey {
  baseURL: string | undefined;
  viewport: { width: number; height: number } | null;
  javaScriptEnabled: boolean;
}

interface WorkerPages {
  get(key: PageKey): Promise<Page>;
}

async function openPage(browser: Browser, key: PageKey): Promise<Page> {
  const context = await browser.newContext({
    ...(key.baseURL ? { baseURL: key.baseURL } : {}),
    viewport: key.viewport,
    javaScriptEnabled: key.javaScriptEnabled,
  });
  return context.newPage();
}

export const test = base.extend<{ sharedPage: Page }, { workerPages: WorkerPages }>({
  workerPages: [
    async ({ browser }, use) => {
      const pages = new Map<string, Promise<Page>>();
      await use({
        get(key) {
          const id = JSON.stringify(key);
          let page = pages.get(id);
          // A page closed by a crash is replaced rather than reused.
          if (!page) {
            page = openPage(browser, key);
            pages.set(id, page);
          }
          return page.then((p) => {
            if (!p.isClosed()) return p;
            const fresh = openPage(browser, key);
            pages.set(id, fresh);
            return fresh;
          });
        },
      });
      for (const page of pages.values()) await (await page).context().close().catch(() => undefined);
    },
    { scope: 'worker' },
  ],

  sharedPage: async ({ workerPages, baseURL, viewport, javaScriptEnabled }, use) => {
    const page = await workerPages.get({ baseURL, viewport, javaScriptEnabled });
    // Start from a blank document with no emulation, cookies or storage left by the previous test.
    await page.goto('about:blank');
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
    await page.context().clearCookies();
    await page.context().clearPermissions();
    // Init scripts the test adds (applyTheme) are undone after it.
    const added: Awaited<ReturnType<Page['addInitScript']>>[] = [];
    const addInitScript = page.addInitScript.bind(page);
    page.addInitScript = (async (...args: Parameters<Page['addInitScript']>) => {
      const handle = await addInitScript(...args);
      added.push(handle);
      return handle;
    }) as Page['addInitScript'];
    try {
      await use(page);
    } finally {
      page.addInitScript = addInitScript;
      for (const handle of added) await handle.dispose();
      if (!page.isClosed()) {
        // Storage belongs to the site's origin: clear it while the page is still there.
        await page.evaluate(() => {
          try {
            localStorage.clear();
            sessionStorage.clear();
          } catch {
            // Not on the site (about:blank, an error page): nothing stored.
          }
        }).catch(() => undefined);
      }
    }
  },
});

export { expect } from '@playwright/test';
