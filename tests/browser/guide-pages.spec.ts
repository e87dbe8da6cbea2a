/** Every page: an h1, and every h2/h3 with a stable id and an anchor link. */
import { expect, test } from '../support/shared-page';
import { sitemapPaths } from '../support/dist';

const paths = sitemapPaths();

test('the sitemap lists the guide pages', () => {
  expect(paths).toEqual(expect.arrayContaining(['/', '/goals/', '/fit/', '/antipatterns/', '/antipatterns/database-dependency/']));
});

test('the home page says what the guide is', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Are you really building a serverless system?');
  await expect(page.getByRole('link', { name: 'Take the decision quiz' })).toHaveAttribute('href', '/quiz/');
});

for (const path of paths) {
  // Read-only: one page per worker serves every path (see shared-page.ts).
  test(`${path}: one h1; every h2/h3 has an id and an anchor link after it`, async ({ sharedPage: page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).not.toBeEmpty();
    const headings = await page.locator('main h2, main h3').evaluateAll((els) =>
      els.map((h) => {
        const link = h.nextElementSibling;
        return {
          text: h.textContent?.trim() ?? '',
          id: h.id,
          linkHref: link?.matches('a.anchor-link') ? link.getAttribute('href') : null,
          linkLabel: link?.querySelector('.sr-only')?.textContent ?? '',
        };
      }),
    );
    for (const h of headings) {
      expect(h.id, `heading "${h.text}" has no id`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(h.linkHref, `heading "${h.text}" has no anchor link after it`).toBe(`#${h.id}`);
      expect(h.linkLabel).toContain(h.text);
      expect(h.text, 'a [#id] marker leaked into the heading text').not.toMatch(/\[#/);
    }
    const ids = headings.map((h) => h.id);
    expect(new Set(ids).size, 'heading ids are unique').toBe(ids.length);
  });
}

test('article pages carry canonical, OpenGraph and Twitter metadata', async ({ page }) => {
  await page.goto('/antipatterns/on-premises-serverless/');
  const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\/[^/]+\/antipatterns\/on-premises-serverless\/$/);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'On-premises serverless');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\.png$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  expect((await page.locator('meta[name=description]').getAttribute('content'))?.length).toBeGreaterThan(40);
});

test('the guide navigation marks the current page and links previous/next', async ({ page }) => {
  await page.goto('/antipatterns/database-dependency/');
  const current = page.locator('nav[aria-label="Guide"] a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', '/antipatterns/database-dependency/');
  // The first article of the first stage (choosing) follows the index: tests/unit/stages.test.ts holds the whole order.
  await expect(page.locator('a[rel=prev]')).toHaveAttribute('href', '/antipatterns/');
  await expect(page.locator('a[rel=next]')).toHaveAttribute('href', '/antipatterns/on-premises-serverless/');
});

test('an unknown route serves the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('search', { name: 'Search the guide for the page you wanted' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Decision quiz' })).toBeVisible();
});
