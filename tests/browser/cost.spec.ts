/**
 * /cost/: the estimate works without JavaScript (defaults, server-rendered),
 * follows the inputs with it, keeps them in the URL, explains bad values
 * without ever showing NaN or Infinity, says which prices are not verified,
 * works by keyboard, and passes axe in light and dark, with and without
 * errors on screen. Expected bills come from the model on the registry's
 * prices (its formulas are unit-tested against hand-worked cases), so a
 * price change does not break the page's tests.
 */
import { expect, test, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { encodeAnswers } from '../../src/quiz/index.ts';
import { completeAnswers } from '../support/complete-answers';
import { AXE_TAGS, expectNoAxeViolations, formatViolations } from '../support/axe';
import { applyTheme, expectScheme, THEME_MODES } from '../support/theme';
import { book, data } from '../unit/cost/support';
import { estimate } from '../../src/cost/model';
import { DEFAULT_INPUTS } from '../../src/cost/inputs';
import { money } from '../../src/cost/format';
import { FACT_BADGE_TEXT } from '../../src/lib/facts';

/** The default estimate on AWS, as the page must show it. */
const DEFAULTS = estimate(DEFAULT_INPUTS, book);
const [FUNCTIONS, CONTAINERS, VMS] = [money(DEFAULTS.functions.total), money(DEFAULTS.container.total), money(DEFAULTS.vm.total)];

async function openCost(page: Page, query = ''): Promise<void> {
  await page.goto(`/cost/${query}`);
  // Hydration can take a few seconds on a loaded machine.
  await expect(page.locator('[data-cost-live="true"]')).toBeAttached({ timeout: 20_000 });
}

const summary = (page: Page) => page.locator('.cost-summary');
const firstTable = (page: Page) => page.locator('.cost-table').first();

async function expectNoBadNumbers(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
  await expect(page.locator('.cost-chart path.cost-line')).toHaveCount(3);
}

test.describe('cost page', () => {
  // Every keystroke re-renders the chart; on a shared 2-core machine that needs more than the default 30 s.
  test.describe.configure({ timeout: 90_000 });

  test('without JavaScript it shows the default estimate on AWS, chart and tables', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/cost/');
    // Functions are the cheapest option at the defaults (5 million events); the tables are the build's, for these inputs.
    await expect(summary(page)).toContainText(`On AWS, at 5 million events a month, functions cost least: ${FUNCTIONS} a month.`);
    await expect(firstTable(page)).toContainText(CONTAINERS);
    await expect(firstTable(page)).toContainText(VMS);
    await expect(page.locator('#compare-providers')).toContainText('Google Cloud');
    await expect(page.getByRole('textbox', { name: 'Events per month' })).toBeDisabled();
    await context.close();
  });

  test('with JavaScript the live tables replace the build’s, once, and the summary names the parts resting on unverified prices', async ({ page }) => {
    await openCost(page);
    await expect(page.locator('#compare-providers')).toHaveCount(1);
    await expect(page.locator('.cost-calculator #compare-providers')).toBeAttached();
    await expect(page.locator('#cost-tables-first')).toHaveCount(0);
    if (DEFAULTS.unverified.length > 0) await expect(summary(page)).toContainText('Not verified against a current provider page: the prices for');
    // Each unverified source says so with its reason, and shows no date.
    const unverified = data.cited.find((f) => f.unverified)!;
    const entry = page.locator('.cost-sources li', { has: page.locator(`a[href="${unverified.sourceUrl}"]`) }).filter({ hasText: FACT_BADGE_TEXT.unverified });
    await expect(entry.first()).toContainText(unverified.unverified!);
    await expect(entry.first().locator('time')).toHaveCount(0);
  });

  test('typing updates the estimate and the versioned URL; the provider and levers too', async ({ page }) => {
    await openCost(page);
    await page.getByRole('textbox', { name: 'Events per month' }).fill('2000000000');
    await expect(firstTable(page).locator('caption')).toContainText('2 billion events a month');
    await expect(page).toHaveURL(/[?&]n=2000000000(&|$)/);
    await expect(page).toHaveURL(/[?&]v=2(&|$)/);
    await page.getByRole('combobox', { name: 'Provider' }).selectOption('g');
    await expect(summary(page)).toContainText('On Google Cloud');
    await expect(page).toHaveURL(/[?&]p=g(&|$)/);
    await page.getByRole('checkbox', { name: /API gateway/ }).check();
    await expect(summary(page)).toContainText('no gateway price is in the registry');
    await expect(page).toHaveURL(/[?&]gw=1(&|$)/);
    await expectNoBadNumbers(page);
  });

  test('while "1e30" is typed, the link and the field agree and the last valid estimate is marked out of date', async ({ page }) => {
    await openCost(page);
    const events = page.getByRole('textbox', { name: 'Events per month' });
    await events.fill('1000');
    await expect(firstTable(page).locator('caption')).toContainText('1,000 events a month');
    await events.fill('1e30');
    await expect(page).toHaveURL(/[?&]n=1e30(&|$)/);
    await expect(page.locator('#cost-events-error')).toContainText('out of range');
    await expect(events).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.cost-calculator')).toHaveAttribute('data-cost-stale', 'true');
    await expect(summary(page)).toContainText('Out of date: one field has a problem, so the figures below are still those of the last valid inputs.');
    await expect(firstTable(page).locator('caption')).toContainText('1,000 events a month');
    // The link reopens the same state: the typed value and its message.
    await page.reload();
    await expect(page.locator('[data-cost-live="true"]')).toBeAttached({ timeout: 20_000 });
    await expect(events).toHaveValue('1e30');
    await expect(page.locator('#cost-events-error')).toContainText('out of range');
    await expectNoBadNumbers(page);
  });

  test('an earlier link still loads and says which old defaults it relied on', async ({ page }) => {
    await openCost(page, '?n=20000000&s=h&d=1500&w=80&vp=0.1');
    await expect(page.getByRole('textbox', { name: 'Events per month' })).toHaveValue('20000000');
    await expect(page.getByRole('textbox', { name: /VM price/ })).toHaveValue('0.1');
    await expect(page.locator('.cost-announce')).toContainText('made with an earlier version of the model');
    await expect(page.locator('.cost-announce')).toContainText('free tier is now left out');
    // A version 2 link announces nothing.
    await openCost(page, '?v=2&n=20000000');
    await expect(page.locator('.cost-announce')).toHaveCount(0);
  });

  for (const mode of THEME_MODES.slice(0, 2)) {
    test(`axe finds nothing, with an error and an old-link note on screen, in ${mode.name}`, async ({ page }) => {
      await applyTheme(page, mode);
      await openCost(page, '?n=abc');
      await expectScheme(page, mode.scheme);
      await expect(page.locator('.cost-error')).toHaveCount(1);
      await expectNoAxeViolations(page, `/cost/?n=abc in ${mode.name}`);
    });
  }
});

/**
 * The cost panel on result pages: without JavaScript (and without answers)
 * one sentence of the default estimate and a link to /cost/; with answers
 * the panel is drawn below the personal result, its fields starting from
 * the workload's own figures, and what is typed there goes into the
 * address; cost inputs alone in the address redraw it too, with messages
 * for bad ones.
 */
test.describe('cost panel on result pages', () => {
  test.describe.configure({ timeout: 90_000 });
  const panel = (page: Page) => page.locator('.cost-panel');
  const live = (page: Page) => page.locator('#cost-panel-live [data-cost-live="true"]');
  // Spiky traffic; the other answers lead to serverless functions, and the figures take their first options:
  // under 1 million events (middle 316,228 → 316,000), under 100 ms (31.6 → 32 ms), under 512 MB (256 MB).
  const SPIKY = { goal: 'both', location: 'cloud', arrival: 'timer-batches', duration: 'near-limit', state: 'managed-data', traffic: 'spiky', latency: 'interactive' } as const;

  test('without JavaScript every result page states the default estimate in a sentence and links to /cost/', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [outcome, option] of [
      ['serverless', 'Functions'],
      ['managed', 'Managed containers'],
      ['servers', 'Virtual machines'],
    ] as const) {
      await page.goto(`/quiz/result/${outcome}/`);
      await expect(panel(page).getByRole('heading', { name: 'What it might cost' })).toBeVisible();
      // Hand-worked in tests/unit/cost/summary.test.ts: $9.335, $36.0401 and $59.568 at the default workload.
      await expect(page.locator('#cost-panel-default')).toContainText(
        'On AWS, at 5 million events a month: functions $9.34, managed containers $36.04, virtual machines $59.57 a month.',
      );
      await expect(page.locator('#cost-panel-default')).toContainText(`${option} is the option this page recommends.`);
      await expect(page.locator('#cost-panel-basis')).toContainText('For the cost model’s default workload');
      await expect(panel(page).getByRole('link', { name: 'Change the inputs on the cost page' })).toHaveAttribute('href', '/cost/');
    }
    await context.close();
  });

  test('the result page starts without the cost code; answers load it, its fields start from the answers, and the panel follows the traffic answer', async ({ page }) => {
    const decision = completeAnswers(SPIKY);
    expect(decision.answers.traffic).toBe('spiky');
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`/quiz/result/${decision.outcome}/`);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /\/(result-cost|CostCalculator)\./.test(s)), 'cost code without answers').toEqual([]);

    await page.goto(`/quiz/result/${decision.outcome}/?a=${encodeAnswers(decision.answers)}`);
    await expect(live(page)).toBeAttached({ timeout: 20_000 });
    await expect(page.locator('#cost-panel-events')).toHaveValue('316,000');
    await expect(page.locator('#cost-panel-durationMs')).toHaveValue('32');
    await expect(page.locator('#cost-panel-memoryMb')).toHaveValue('256');
    await expect(page.locator('#cost-panel-default')).toHaveCount(0);
    await expect(page.locator('#cost-panel-basis')).toContainText('316,000 events a month, spiky load (busiest hour 10× the average), 32 ms each, 256 MB,');
    await expect(page.locator('#cost-panel-basis')).toContainText('The daily shape follows your traffic answer.');
    await expect(page.locator('#cost-panel-link')).toHaveAttribute('href', '/cost/?v=2&s=s&n=316000&d=32&m=256');
    // The spiky shape sizes servers for a tenfold peak: one m7g.large still carries it ($59.57).
    await expect(panel(page).locator('.cost-table').first()).toContainText('$59.57');
    await expect(panel(page).locator('.cost-chart desc')).toContainText('At your 316,000 events');
  });

  test('a figure typed in the panel goes into the address and the brief; a bad one says so and keeps the last estimate', async ({ page }) => {
    const decision = completeAnswers(SPIKY);
    const code = encodeAnswers(decision.answers);
    await page.goto(`/quiz/result/${decision.outcome}/?a=${code}`);
    await expect(live(page)).toBeAttached({ timeout: 20_000 });
    const brief = page.locator('.brief-cost');
    // Functions, per event: 32 ms × 0.25 GB × $0.00001667 + $0.0000002 = $0.00000033336.
    // 316,000 events: $0.105; 20 million: $6.667.
    await expect(brief).toContainText('About $0.11 a month');
    const events = page.locator('#cost-panel-events');
    await events.fill('2e7');
    await expect(page).toHaveURL(new RegExp(`\\?a=${code.replace('.', '\\.')}&n=2e7&v=2$`));
    await expect(brief).toContainText('About $6.67 a month');
    await expect(brief).toContainText('Your figures: 20 million events a month, 32 ms each, 256 MB.');
    await expect(panel(page).locator('.cost-table').first()).toContainText('$6.67');

    await events.fill('2e7x');
    await expect(page.locator('#cost-panel-events-error')).toContainText('“2e7x” is not one');
    await expect(events).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.cost-workload .cost-stale')).toContainText('Out of date');
    // The address holds what the field holds; the estimates keep the last valid figure.
    await expect(page).toHaveURL(/&n=2e7x&v=2$/);
    await expect(brief).toContainText('About $6.67 a month');
    await expect(panel(page).locator('.cost-table').first()).toContainText('$6.67');

    // The answered figure again: nothing to carry in the address.
    await events.fill('316000');
    await expect(page).toHaveURL(new RegExp(`\\?a=${code.replace('.', '\\.')}$`));
    await expect(brief).toContainText('About $0.11 a month');
  });

  test('cost inputs in a result page’s address are used, and bad ones get an inline message, never NaN or Infinity', async ({ page }) => {
    await page.goto('/quiz/result/serverless/?n=2e9&d=abc&m=-5&w=1e400&vp=');
    await expect(live(page)).toBeAttached({ timeout: 20_000 });
    // The workload's own fields carry their messages; the other inputs are listed above the estimate.
    await expect(page.locator('#cost-panel-durationMs-error')).toContainText('Average duration must be a number');
    await expect(page.locator('#cost-panel-memoryMb-error')).toContainText('Function memory must be a number between 128 and 10,240 MB');
    await expect(page.locator('#cost-panel-durationMs')).toHaveValue('abc');
    const errors = panel(page).locator('.cost-errors li');
    await expect(errors).toHaveCount(2);
    await expect(errors.nth(0)).toContainText('Time waiting on I/O must be a number');
    await expect(errors.nth(1)).toContainText('VM price per hour is empty');
    // The valid volume is used.
    await expect(panel(page).locator('.cost-summary')).toContainText('at 2 billion events a month');
    await expect(page.locator('#cost-panel-link')).toHaveAttribute('href', '/cost/?v=2&n=2000000000');
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

  test('print, without answers: the default estimate without the link', async ({ page }) => {
    await page.goto('/quiz/result/servers/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#cost-panel-default')).toBeVisible();
    await expect(page.locator('#cost-panel-link')).toBeHidden();
  });

  for (const mode of THEME_MODES.slice(0, 2)) {
    test(`axe finds nothing in the panel with errors on screen, in ${mode.name}`, async ({ page }) => {
      await applyTheme(page, mode);
      await page.goto('/quiz/result/serverless/?n=abc');
      await expectScheme(page, mode.scheme);
      await expect(live(page)).toBeAttached({ timeout: 20_000 });
      await expect(page.locator('#cost-panel-events-error')).toBeVisible();
      const results = await new AxeBuilder({ page }).include('.cost-panel').withTags(AXE_TAGS).analyze();
      expect(results.violations, formatViolations(results.violations)).toEqual([]);
    });
  }
});
