/** Old links keep working: heading aliases and moved pages, fragment included. */
import { expect, test } from '@playwright/test';

test('an alias fragment lands on the renamed section', async ({ page }) => {
  await page.goto('/antipatterns/database-dependency/#managed-data-services');
  const alias = page.locator('#managed-data-services');
  await expect(alias).toHaveClass(/alias-target/);
  // The alias sits in the section's heading wrapper, right before the heading.
  await expect(alias.locator('xpath=following-sibling::h3[1]')).toHaveAttribute('id', 'managed-data');
  await expect(page.locator('#managed-data')).toBeInViewport();
});

test('a moved page forwards to its new address and keeps the fragment', async ({ page }) => {
  await page.goto('/antipatterns/on-premises/#hybrid');
  await expect(page).toHaveURL(/\/antipatterns\/on-premises-serverless\/#hybrid$/);
  await expect(page.locator('#hybrid')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a moved page still forwards (by meta refresh) and links to the new address', async ({ page }) => {
    await page.goto('/antipatterns/on-premises/');
    await expect(page.getByRole('link', { name: 'On-premises serverless' })).toHaveAttribute('href', '/antipatterns/on-premises-serverless/');
    await expect(page).toHaveURL(/\/antipatterns\/on-premises-serverless\/$/, { timeout: 5000 });
  });
});

test('redirect stubs stay out of the sitemap', async ({ request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  expect(xml).toContain('/antipatterns/on-premises-serverless/</loc>');
  expect(xml).not.toContain('/antipatterns/on-premises/</loc>');
});
