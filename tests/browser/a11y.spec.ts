/**
 * Accessibility: axe (WCAG 2.2 AA + best practices) finds nothing on any
 * page of the sitemap, the 404 page and a search with results, in light
 * and dark, whether the scheme comes from the system or the theme toggle.
 */
import { test } from '../support/shared-page';
import { expectNoAxeViolations } from '../support/axe';
import { crawlPaths } from '../support/dist';
import { applyTheme, expectScheme, THEME_MODES } from '../support/theme';
import { waitForSettledPage } from '../support/settle';

for (const path of crawlPaths()) {
  test.describe(`a11y ${path}`, () => {
    for (const mode of THEME_MODES) {
      // Read-only: one page per worker serves every path and theme (see shared-page.ts).
      test(mode.name, async ({ sharedPage: page }) => {
        await applyTheme(page, mode);
        await page.goto(path);
        await waitForSettledPage(page, path);
        await expectScheme(page, mode.scheme);
        await expectNoAxeViolations(page, `${path} in ${mode.name}`);
      });
    }
  });
}
