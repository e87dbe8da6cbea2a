/**
 * /cost/: the estimate works without JavaScript (defaults, server-rendered),
 * follows the inputs with it, keeps them in the URL, explains bad values
 * without ever showing NaN or Infinity, works by keyboard, and passes axe in
 * light and dark, with and without errors on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { encodeAnswers } from '../../src/quiz/index.ts';
import { completeAnswers } from '../support/complete-answers';
import { AXE_TAGS, expectNoAxeViolations, formatViolations } from '../support/axe';
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

/**
 * The cost panel on result pages: server-rendered for the default inputs
 * (no cost code at startup), redrawn on demand for the traffic answer and
 * any cost inputs in the address, with messages for bad ones.
 */
test.describe('cost panel on result pages', () => {
  test.describe.configure({ timeout: 90_000 });
  const panel = (page: Page) => page.locator('.cost-panel');
  const live = (page: Page) => page.locator('#cost-panel-live [data-cost-live="true"]');
  // Spiky traffic; the other answers lead to serverless functions.
  const SPIKY = { goal: 'both', location: 'cloud', arrival: 'timer-batches', duration: 'near-limit', state: 'managed-data', traffic: 'spiky', latency: 'interactive' } as const;

  test('without JavaScript every result page shows the default estimate, chart and table, and links to /cost/', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [outcome, line] of [
      ['serverless', 'functions cost least: $2.47 a month.'],
      ['managed', 'Managed containers, recommended here: $57.82 a month.'],
      ['servers', 'Virtual machines, recommended here: $48.91 a month.'],
    ] as const) {
      await page.goto(`/quiz/result/${outcome}/`);
      await expect(panel(page).getByRole('heading', { name: 'What it might cost' })).toBeVisible();
      await expect(panel(page).locator('.cost-summary')).toContainText(line);
      await expect(panel(page).locator('.cost-chart path.cost-line')).toHaveCount(3);
      await expect(panel(page).locator('.cost-table').first()).toContainText('$57.82');
      await expect(panel(page).getByRole('link', { name: 'Change the inputs on the cost page' })).toHaveAttribute('href', '/cost/');
    }
    await context.close();
  });

  test('the result page starts without the cost code; answers load it and the panel follows the traffic answer', async ({ page }) => {
    const decision = completeAnswers(SPIKY);
    expect(decision.answers.traffic).toBe('spiky');
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`/quiz/result/${decision.outcome}/`);
    await page.waitForLoadState('networkidle');
    // The loader (load-result-cost) is startup code; the cost code is result-cost and CostCalculator.
    expect(scripts.filter((s) => /\/(result-cost|CostCalculator)\./.test(s)), 'cost code without answers').toEqual([]);

    await page.goto(`/quiz/result/${decision.outcome}/?a=${encodeAnswers(decision.answers)}`);
    await expect(live(page)).toBeAttached({ timeout: 20_000 });
    await expect(page.locator('#cost-panel-basis')).toContainText('spiky load (busiest hour 10× the average)');
    await expect(page.locator('#cost-panel-basis')).toContainText('The daily shape follows your traffic answer.');
    await expect(page.locator('#cost-panel-link')).toHaveAttribute('href', '/cost/?s=s');
    // The spiky shape sizes servers for a tenfold peak: one VM still carries 5 million events ($48.91).
    await expect(panel(page).locator('.cost-table').first()).toContainText('$48.91');
    await expect(panel(page).locator('.cost-chart desc')).toContainText('At your 5 million events');
  });

  test('cost inputs in a result page’s address are used, and bad ones get an inline message, never NaN or Infinity', async ({ page }) => {
    await page.goto('/quiz/result/serverless/?n=2e9&d=abc&m=-5&w=1e400&vp=');
    await expect(live(page)).toBeAttached({ timeout: 20_000 });
    const errors = panel(page).locator('.cost-errors li');
    await expect(errors).toHaveCount(4);
    await expect(errors.nth(0)).toContainText('Average duration must be a number');
    await expect(errors.nth(1)).toContainText('Function memory must be a number between 128 and 10,240 MB');
    await expect(errors.nth(2)).toContainText('Time waiting on I/O must be a number');
    await expect(errors.nth(3)).toContainText('VM price per hour is empty');
    await expect(panel(page).locator('.cost-summary')).toContainText('4 fields have a problem');
    // The valid volume is used.
    await expect(panel(page).locator('.cost-summary')).toContainText('At 2 billion events a month');
    await expect(page.locator('#cost-panel-link')).toHaveAttribute('href', '/cost/?n=2000000000');
    const text = await panel(page).innerText();
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    expect(await panel(page).locator('.cost-chart').innerHTML()).not.toMatch(/NaN|Infinity/);
    await expect(panel(page).locator('.cost-chart path.cost-line')).toHaveCount(3);
  });

  test('at 360 px the page does not scroll sideways; the tables scroll in their own box', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/quiz/result/managed/?n=7e9');
    await expect(live(page)).toBeAttached({ timeout: 20_000 });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    const chart = await panel(page).locator('.cost-chart').boundingBox();
    expect(chart!.width).toBeLessThanOrEqual(360);
  });

  test('print: the panel prints without the link, the chart and tables whole', async ({ page }) => {
    await page.goto('/quiz/result/servers/');
    await page.emulateMedia({ media: 'print' });
    await expect(panel(page).locator('.cost-chart')).toBeVisible();
    await expect(page.locator('#cost-panel-link')).toBeHidden();
    const table = panel(page).locator('.cost-table').first();
    expect(await table.evaluate((t) => [getComputedStyle(t).display, getComputedStyle(t).breakInside])).toEqual(['table', 'avoid']);
  });

  for (const mode of THEME_MODES.slice(0, 2)) {
    test(`axe finds nothing in the panel with errors on screen, in ${mode.name}`, async ({ page }) => {
      await applyTheme(page, mode);
      await page.goto('/quiz/result/serverless/?n=abc');
      await expectScheme(page, mode.scheme);
      await expect(live(page)).toBeAttached({ timeout: 20_000 });
      await expect(panel(page).locator('.cost-errors li')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).include('.cost-panel').withTags(AXE_TAGS).analyze();
      expect(results.violations, formatViolations(results.violations)).toEqual([]);
    });
  }
});
