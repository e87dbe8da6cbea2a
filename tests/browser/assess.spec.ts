/**
 * The system assessment: list workloads, take the quiz for one and come
 * back, read the table, restore everything from the link, survive a broken
 * link, download the combined record, print on one page, and say what it
 * needs without JavaScript.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseMadrWithFrontmatter } from '@backstage/plugin-adr-common';
import { OUTCOMES, encodeAnswers, pairsToAnswers, shortestPathTo, type OutcomeId } from '../../src/quiz/index.ts';
import { encodeAssessment, workloadFrom, MAX_WORKLOADS } from '../../src/assess/codec.ts';
import { answerByKeyboard } from '../support/quiz-driver';
import { expectNoAxeViolations } from '../support/axe';
import { printedPages } from '../support/print';
import { completeAnswers } from '../support/complete-answers';
import { costSummary } from '../../src/cost/summary.ts';
import { costBookOf } from '../../src/cost/prices.ts';
import { defaultsFor, serializeInputs } from '../../src/cost/links.ts';
import { money } from '../../src/records/amounts.ts';
import { data } from '../unit/cost/support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Islands hydrate and load the record writer on demand; on shared CI cores that can take a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

const answersFor = (o: OutcomeId) => pairsToAnswers(shortestPathTo(o));

function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

async function addWorkload(page: Page, name: string): Promise<void> {
  await page.getByLabel('Workload name').fill(name);
  await page.getByLabel('Workload name').press('Enter');
  await expect(page.locator('.assess-name').filter({ hasText: name })).toBeVisible();
}

test('list workloads, take the quiz for one, come back to the table', async ({ page }) => {
  // Three page loads and a keyboard run through the quiz.
  test.setTimeout(120_000);
  const errors = watch(page);
  await page.goto('/assess/');
  await addWorkload(page, 'Checkout API');
  await addWorkload(page, 'Nightly reports');
  await expect(page).toHaveURL(/\/assess\/\?w=Checkout\+API%7E&w=Nightly\+reports%7E$/);

  await page.getByRole('link', { name: 'Take the quiz for Checkout API' }).click();
  await expect(page).toHaveURL(/\/quiz\/\?return=/);
  await page.waitForFunction(() => document.querySelector('astro-island') !== null && !document.querySelector('astro-island[ssr]'));
  await expect(page.locator('.quiz-return')).toContainText('system assessment');
  for (const pair of shortestPathTo('serverless')) await answerByKeyboard(page, pair);
  // Every address the quiz writes keeps the way back.
  await expect(page).toHaveURL(/[?&]return=%2Fassess%2F/);
  await page.getByRole('button', { name: 'See the recommendation' }).click();

  await expect(page).toHaveURL(/\/assess\/\?w=Checkout\+API%7E2\.[a-z0-9]+&w=Nightly\+reports%7E$/);
  const row = page.locator('.assess-table tbody tr').first();
  await expect(row.locator('th')).toHaveText('Checkout API');
  await expect(row.locator('td').first()).toHaveText(OUTCOMES.serverless.name);
  await expect(page.locator('.assess-table tbody tr').nth(1)).toContainText('Not assessed yet');
  await expect(page.locator('.assess-overall')).toHaveText('1 of 2 workloads fits serverless functions; 1 of 2 is not assessed yet.');
  expect(errors).toEqual([]);
});

test('one link restores the whole assessment; the combined record downloads', async ({ page }) => {
  const workloads = [
    workloadFrom('Checkout API', answersFor('serverless')),
    workloadFrom('Thumbnails', answersFor('serverless')),
    workloadFrom('Reports', answersFor('managed')),
    workloadFrom('Legacy ERP', answersFor('servers')),
    workloadFrom('Search', {}),
  ];
  await page.goto(`/assess/${encodeAssessment(workloads, 'Shop')}`);
  await expect(page.locator('.assess-overall')).toHaveText(
    '2 of 5 workloads fit serverless functions; 1 of 5 workloads fits managed services; 1 of 5 workloads needs conventional servers; 1 of 5 is not assessed yet.',
  );
  await expect(page.locator('.assess-table tbody tr')).toHaveCount(5);
  await expect(page.getByLabel('System name (optional)')).toHaveValue('Shop');

  await page.getByRole('button', { name: 'Copy link to this assessment' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe(encodeAssessment(workloads, 'Shop'));

  await expect(page.locator('#assess-file')).toContainText('0001-platforms-for-shop-5-workloads.md');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the record' }).click()]);
  expect(download.suggestedFilename()).toBe('0001-platforms-for-shop-5-workloads.md');
  const text = await readFile((await download.path())!, 'utf8');
  expect(parseMadrWithFrontmatter(text).status).toBe('proposed');
  expect(text).toContain('2 of 5 workloads fit serverless functions');
  for (const w of workloads) expect(text).toContain(`: ${w.name}\n`);
  expect(text).toContain(new URL(copied).search.replace(/[()]/g, ''));
});

test('each assessed workload gets an estimated monthly cost from its traffic answer, in the table and the record', async ({ page }) => {
  // The cost code loads after the list; on 2 shared cores the whole run can pass 30 s.
  test.setTimeout(90_000);
  // Spiky traffic on serverless functions at the model's default inputs, on the registry's prices (the formulas are unit-tested in tests/unit/cost/).
  const book = costBookOf(data);
  const cost = costSummary('serverless', defaultsFor('spiky'), book);
  const spiky = completeAnswers({ goal: 'both', location: 'cloud', arrival: 'timer-batches', duration: 'near-limit', state: 'managed-data', traffic: 'spiky', latency: 'interactive' });
  baseExpect(spiky.outcome).toBe('serverless');
  const workloads = [workloadFrom('Checkout API', spiky.answers), workloadFrom('Search', {})];
  await page.goto(`/assess/${encodeAssessment(workloads)}`);
  await expect(page.getByRole('columnheader', { name: 'Estimated monthly cost' })).toBeVisible();
  const cell = page.locator('.assess-table tbody tr').first().locator('td').last();
  await expect(cell).toHaveText(`${money(cost.monthly, 'USD')} a month: change the inputs`);
  await expect(cell.getByRole('link')).toHaveAttribute('href', `/cost/?${serializeInputs(defaultsFor('spiky'), book.limits)}`);
  await expect(page.locator('.assess-table-wrap')).toContainText('the daily shape taken from the workload’s traffic answer');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the record' }).click()]);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toContain('| Workload | Outcome | Confidence | Warnings | Estimated monthly cost |');
  expect(text).toContain(` | ${money(cost.monthly, 'USD')} |`);
  expect(text).toMatch(new RegExp(`\\| Checkout API \\| ${OUTCOMES.serverless.name} \\| [^|]+ \\| [^|]+ \\| [\\d.,]+ USD \\|`));
  expect(text).toContain(`re-decide when the bill for functions passes ${money(cost.reviewMonthly!, 'USD')} a month`);
  expect(parseMadrWithFrontmatter(text).status).toBe('proposed');
});

test('a partly broken link restores what is valid and says what was dropped', async ({ page }) => {
  const errors = watch(page);
  const good = encodeAnswers(answersFor('managed'));
  const params = new URLSearchParams([
    ['w', `Reports~${good}`],
    ['w', 'Broken~9.zz'],
    ['w', '<img src=x onerror=alert(1)>~<script>alert(1)</script>'],
    ...Array.from({ length: MAX_WORKLOADS }, (_, i) => ['w', `Extra ${i}~`]),
  ]);
  await page.goto(`/assess/?${params.toString()}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Part of this link could not be restored.');
  await expect(alert).toContainText('“Broken”: The link was made by a different version of the quiz');
  await expect(alert).toContainText('characters the quiz never uses');
  await expect(alert).toContainText('the last 3 were dropped');
  await expect(page.locator('.assess-list li')).toHaveCount(MAX_WORKLOADS);
  await expect(page.locator('.assess-table tbody tr').first()).toContainText(OUTCOMES.managed.name);
  // The hostile name is shown as text, never as markup.
  await expect(page.locator('.assess-name').nth(2)).toHaveText('<img src=x onerror=alert(1)>');
  expect(await page.locator('main img').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('an empty name is refused with a clear message', async ({ page }) => {
  await page.goto('/assess/');
  await page.getByRole('button', { name: 'Add workload' }).click();
  await expect(page.locator('#assess-new-error')).toHaveText('Type a name for the workload first, for example “Image thumbnails”.');
  await expect(page.locator('.assess-list')).toHaveCount(0);
});

test('print: an assessment of twelve workloads fits one A4 and one Letter page', async ({ page }) => {
  const outcomes: OutcomeId[] = ['serverless', 'managed', 'servers'];
  const workloads = Array.from({ length: MAX_WORKLOADS }, (_, i) => workloadFrom(`Workload number ${i + 1} with a longer name`, answersFor(outcomes[i % 3]!)));
  await page.goto(`/assess/${encodeAssessment(workloads, 'A system')}`);
  await expect(page.locator('.assess-table tbody tr')).toHaveCount(MAX_WORKLOADS);
  expect(await printedPages(page, 'A4')).toBe(1);
  expect(await printedPages(page, 'Letter')).toBe(1);
  await expect(page.locator('.assess-table')).toBeVisible();
});

test('without JavaScript the page says what it needs and links the map', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/assess/');
  const notice = page.locator('.quiz-noscript');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('The assessment needs JavaScript');
  await expect(notice.getByRole('link', { name: 'decision map' })).toHaveAttribute('href', '/quiz/map/');
  await context.close();
});

test('the page does not jump when its code starts: the empty assessment is in the HTML', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/assess/');
  // Ready once the controls the server drew disabled are enabled by the island.
  await expect(page.getByRole('button', { name: 'Add workload' })).toBeEnabled();
  await expect(page.getByText('No workloads yet')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Lighthouse counts 0.1 as "good"; when the island drew the page itself it was 0.25 here.
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.02);
});

test('the quiz refuses a return address off the assessment page', async ({ page }) => {
  await page.goto(`/quiz/?return=${encodeURIComponent('https://evil.example/assess/')}`);
  await expect(page.locator('.quiz-question')).toBeVisible();
  await expect(page.locator('.quiz-return')).toHaveCount(0);
  await page.goto(`/quiz/?return=${encodeURIComponent('//evil.example/assess/')}`);
  await expect(page.locator('.quiz-return')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: an assessment with results, ${scheme}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    const workloads = [workloadFrom('Checkout API', answersFor('serverless')), workloadFrom('Search', {})];
    await page.goto(`/assess/${encodeAssessment(workloads)}`);
    await expect(page.locator('.assess-table')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download the record' })).toBeEnabled();
    await expectNoAxeViolations(page, `assessment (${scheme})`);
  });
}
