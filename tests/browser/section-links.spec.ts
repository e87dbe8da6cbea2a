/** Copying a section link: plain URL and Markdown, announced politely. */
import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy link yields the absolute URL of the section and is announced', async ({ page }) => {
  await page.goto('/antipatterns/database-dependency/');
  const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
  const button = page.getByRole('button', { name: 'Copy link to section “What to do instead”' });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#instead`);
  await expect(page.locator('#announcer')).toHaveText('Link copied');
  await expect(button).toBeFocused();
});

test('copy as Markdown yields [Page — Section](url#id), by keyboard', async ({ page }) => {
  await page.goto('/antipatterns/on-premises-serverless/');
  const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
  const button = page.getByRole('button', { name: 'Copy link to section “When it is acceptable”' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `[On-premises serverless — When it is acceptable](${canonical}#acceptable)`,
  );
  await expect(page.locator('#announcer')).toHaveText('Markdown link copied');
});

test('Escape closes the copy menu and returns focus', async ({ page }) => {
  await page.goto('/goals/');
  const button = page.locator('[data-copy-section]').first();
  await button.click();
  await expect(page.locator('#copy-menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#copy-menu')).toBeHidden();
  await expect(button).toBeFocused();
});
