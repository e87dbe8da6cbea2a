/** Pagefind search: finds articles by their words and links to sections. */
import { expect, test } from '@playwright/test';

test('searching "Kafka" finds the database article', async ({ page }) => {
  await page.goto('/search/?q=Kafka');
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-search-results] a[href^="/antipatterns/database-dependency/"]').first()).toBeVisible();
});

test('searching "Knative" from the header finds the on-premises article; a result lands on its section', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('Knative');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Knative/);
  const section = page.locator('[data-search-results] a.result-section[href*="/antipatterns/on-premises-serverless/#"]').first();
  await expect(section).toBeVisible();
  const href = await section.getAttribute('href');
  const id = href!.split('#')[1]!;
  await section.click();
  await expect(page).toHaveURL(new RegExp(`/antipatterns/on-premises-serverless/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('a query with no match says so', async ({ page }) => {
  await page.goto('/search/?q=zzqxjv');
  await expect(page.locator('[data-search-status]')).toHaveText(/No pages match/);
});

test('navigation chrome is not indexed', async ({ page }) => {
  await page.goto('/search/');
  // Ask Pagefind for the indexed text of an article and look for chrome in it.
  const content = await page.evaluate(async () => {
    const path = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ path);
    const found = await pagefind.search('Kafka');
    const all = await Promise.all(found.results.map((r: { data(): Promise<{ url: string; content: string }> }) => r.data()));
    return all.find((d) => d.url.startsWith('/antipatterns/database-dependency/'))?.content ?? '';
  });
  expect(content).toContain('Kafka');
  for (const chrome of ['Skip to content', 'On this page', 'All antipatterns', 'Guide version', 'Previous', 'Section titled', 'Copy link to section']) {
    expect(content, `"${chrome}" was indexed`).not.toContain(chrome);
  }
});

test('result excerpts keep the spaces between highlighted words', async ({ page }) => {
  await page.goto('/search/?q=cold%20start');
  const excerpts = page.locator('[data-search-results] .excerpt').filter({ has: page.locator('mark') });
  await expect(excerpts.first()).toBeVisible();
  // Several pages match; at least one excerpt shows both words, with the space between them kept.
  const texts = await excerpts.allTextContents();
  expect(texts.some((t) => /cold starts?\b/i.test(t)), texts.join('\n')).toBe(true);
  expect(texts.some((t) => /coldstart/i.test(t)), 'highlighted words run together').toBe(false);
});
