/** Theme persistence, print styles, and reading with JavaScript off. */
import { expect, test, type Page } from '@playwright/test';

test('the theme toggle persists across a reload without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/goals/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // On reload the stored choice applies before first paint: check at DOMContentLoaded.
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

/** The origin the build used for canonical URLs (SITE_URL), read from the page. */
async function canonicalOrigin(page: Page): Promise<string> {
  return new URL(await page.locator('link[rel="canonical"]').getAttribute('href') ?? '').origin;
}

test('print media hides navigation and shows link URLs', async ({ page }) => {
  await page.goto('/antipatterns/batch-jobs-on-a-timer/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('nav[aria-label="Guide"]')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const after = await page
    .locator('main article a[href^="/"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/^"? ?\(/);
  // Relative paths need the site they belong to: the page says where it was printed from.
  await expect(page.locator('.print-source')).toBeVisible();
  await expect(page.locator('.print-source')).toContainText(new URL('/antipatterns/batch-jobs-on-a-timer/', await canonicalOrigin(page)).href);
});

test('the "printed from" line is not shown on screen', async ({ page }) => {
  await page.goto('/antipatterns/batch-jobs-on-a-timer/');
  await expect(page.locator('.print-source')).toBeHidden();
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('an article is fully readable', async ({ page }) => {
    await page.goto('/antipatterns/database-dependency/');
    await expect(page.locator('h1')).toHaveText('Dependency on a database');
    for (const id of ['summary', 'symptoms', 'why-it-hurts', 'instead', 'acceptable', 'quiz', 'sources']) {
      await expect(page.locator(`h2#${id}`)).toBeVisible();
    }
    const words = (await page.locator('main article').innerText()).split(/\s+/).length;
    expect(words).toBeGreaterThan(900);
    // Copy buttons need JavaScript, so they stay hidden; anchor links work.
    await expect(page.locator('[data-copy-section]').first()).toBeHidden();
    await page.locator('a.anchor-link[href="#instead"]').click();
    await expect(page).toHaveURL(/#instead$/);
  });
});

test('a corrupt stored theme is ignored: the system setting applies', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() => localStorage.setItem('theme', '"><img src=x onerror=alert(1)>'));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.locator('img').count()).toBe(0);
  expect(errors).toEqual([]);
});
