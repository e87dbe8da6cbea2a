/**
 * /cost/: the estimate works without JavaScript (defaults, server-rendered),
 * follows the inputs with it, keeps them in the URL, explains bad values
 * without ever showing NaN or Infinity, works by keyboard, and passes axe in
 * light and dark, with and without errors on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { applyTheme, expectScheme, THEME_MODES } from '../support/theme';

async function openCost(page: Page, query = ''): Promise<void> {
  await page.goto(`/cost/${query}`);
  // Hydration can take a few seconds on a loaded machine.
  await expect(page.locator('[data-cost-live="true"]')).toBeAttached({ timeout: 20_000 });
}

const summary = (page: Page) => page.locator('.cost-summary');
const firstTable = (page: Page) => page.locator('.cost-table').first();
const chartDesc = (page: Page) => page.locator('.cost-chart desc');

async function expectNoBadNumbers(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
  await expect(page.locator('.cost-chart path.cost-line')).toHaveCount(3);
}

test.describe('cost page', () => {
  // Every keystroke re-renders the chart; on a shared 2-core machine that needs more than the default 30 s.
  test.describe.configure({ timeout: 90_000 });

  test('without JavaScript it shows the default estimate, chart and tables', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/cost/');
    await expect(summary(page)).toContainText('At 5 million events a month, functions cost least: $2.47 a month.');
    await expect(page.locator('.cost-chart')).toBeVisible();
    await expect(page.locator('.cost-chart .cost-line-functions').first()).toBeAttached();
    await expect(firstTable(page)).toContainText('$57.82');
    await expect(page.locator('noscript')).toBeAttached();
    // Fields that could not react are locked rather than silently ignored.
    await expect(page.getByRole('textbox', { name: 'Events per month' })).toBeDisabled();
    await context.close();
  });

  test('typing a volume updates the table, the chart and the URL', async ({ page }) => {
    await openCost(page);
    const before = await page.locator('.cost-line-functions').first().getAttribute('d');
    await page.getByRole('textbox', { name: 'Events per month' }).fill('2e9');
    await expect(summary(page)).toContainText('At 2 billion events a month, managed containers cost least');
    await expect(firstTable(page).locator('caption')).toHaveText('Monthly estimate at 2 billion events a month');
    await expect(chartDesc(page)).toContainText('At your 2 billion events');
    await expect(page).toHaveURL(/[?&]n=2000000000(&|$)/);
    // The curves depend on duration, memory and waiting, not on the volume: change memory to move them.
    await page.getByRole('textbox', { name: 'Function memory (MB)' }).fill('1769');
    await expect(page).toHaveURL(/[?&]m=1769(&|$)/);
    expect(await page.locator('.cost-line-functions').first().getAttribute('d')).not.toBe(before);
    await page.getByRole('combobox', { name: 'Daily shape of the load' }).selectOption('h');
    await expect(page).toHaveURL(/[?&]s=h(&|$)/);
    await expectNoBadNumbers(page);
  });

  test('a shared link restores the inputs', async ({ page }) => {
    await openCost(page, '?n=20000000&s=s&d=1500&m=1024&w=80&vp=0.1');
    await expect(page.getByRole('textbox', { name: 'Events per month' })).toHaveValue('20000000');
    await expect(page.getByRole('textbox', { name: 'Average duration (ms)' })).toHaveValue('1500');
    await expect(page.getByRole('textbox', { name: 'Time waiting on I/O (%)' })).toHaveValue('80');
    await expect(page.getByRole('combobox', { name: 'Daily shape of the load' })).toHaveValue('s');
    await expect(firstTable(page).locator('caption')).toHaveText('Monthly estimate at 20 million events a month');
  });

  test('bad values in the form get a message next to the field and leave the estimate intact', async ({ page }) => {
    await openCost(page);
    const events = page.getByRole('textbox', { name: 'Events per month' });
    for (const [raw, message] of [
      ['', /is empty/],
      ['-5', /must be a number between 1 and/],
      ['0', /0 is out of range/],
      ['lots', /“lots” is not one/],
      ['1e40', /out of range/],
    ] as const) {
      await events.fill(raw);
      await expect(events).toHaveAttribute('aria-invalid', 'true');
      const error = page.locator('#cost-events-error');
      await expect(error).toHaveText(message);
      await expect(events).toHaveAttribute('aria-describedby', /cost-events-error/);
      await expect(summary(page)).toContainText('One field has a problem');
      await expect(summary(page)).toContainText('At 5 million events a month');
      await expectNoBadNumbers(page);
    }
    await events.fill('3e7');
    await expect(events).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#cost-events-error')).toHaveCount(0);
    await expect(summary(page)).not.toContainText('problem');
  });

  test('bad values in the URL are explained and the defaults used', async ({ page }) => {
    await openCost(page, '?n=-5&d=&w=abc&m=99999&s=zz');
    await expect(page.locator('.cost-error')).toHaveCount(5);
    await expect(page.getByRole('textbox', { name: 'Events per month' })).toHaveValue('-5');
    await expect(summary(page)).toContainText('5 fields have a problem');
    await expect(summary(page)).toContainText('At 5 million events a month');
    await expectNoBadNumbers(page);
  });

  test('works by keyboard alone', async ({ page }) => {
    await openCost(page);
    await page.getByRole('textbox', { name: 'Events per month' }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('40000000');
    await expect(summary(page)).toContainText('At 40 million events a month');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Average duration (ms)' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const shape = page.getByRole('combobox', { name: 'Daily shape of the load' });
    await expect(shape).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/[?&]s=h(&|$)/);
  });

  for (const mode of THEME_MODES.slice(0, 2)) {
    test(`axe finds nothing, with an error on screen, in ${mode.name}`, async ({ page }) => {
      await applyTheme(page, mode);
      await openCost(page, '?n=abc');
      await expectScheme(page, mode.scheme);
      await expect(page.locator('.cost-error')).toHaveCount(1);
      await expectNoAxeViolations(page, `/cost/?n=abc in ${mode.name}`);
    });
  }
});
