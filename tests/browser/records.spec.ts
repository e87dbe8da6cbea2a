/**
 * Result cards and decision records in the browser: the download's file
 * name and content, the badge Markdown, the badges and social images
 * served, and the print layout (one result on one A4 or Letter page).
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseMadrWithFrontmatter, madrFilePathFilter } from '@backstage/plugin-adr-common';
import { CODEC_VERSION, OUTCOMES, OUTCOME_ORDER, encodeAnswers, pairsToAnswers, shortestPathTo, type Answers } from '../../src/quiz/index.ts';
import { expectNoAxeViolations } from '../support/axe';
import { printedPages } from '../support/print';
import { completeAnswers } from '../support/complete-answers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Islands hydrate and load the record writer on demand; on shared CI cores that can take a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

/** A long result: three caveats, two warnings, seven alternatives. */
const LONG: Answers = { goal: 'both', location: 'cloud', arrival: 'timer-batches', duration: 'near-limit', state: 'managed-data', traffic: 'spiky', latency: 'interactive' };
// The questions LONG leaves out take their first option (standard hardware, one step, ...).
const longCode = encodeAnswers(completeAnswers({ ...LONG }).answers);

async function openResult(page: Page, code = longCode, outcome = 'serverless'): Promise<void> {
  await page.goto(`/quiz/result/${outcome}/?a=${code}`);
  // The record export loads on demand once the result is on screen.
  await expect(page.getByRole('button', { name: 'Download the record' })).toBeVisible();
}

test('download: NNNN-title.md with the workload name, the number and MADR content', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openResult(page);
  await page.getByLabel('Workload name').fill('Checkout API');
  await page.getByLabel('Record number').fill('12');
  await expect(page.locator('.record-file-name')).toHaveText('0012-run-checkout-api-on-serverless-functions.md');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the record' }).click()]);
  expect(download.suggestedFilename()).toBe('0012-run-checkout-api-on-serverless-functions.md');
  expect(madrFilePathFilter(download.suggestedFilename())).toBe(true);
  const text = await readFile((await download.path())!, 'utf8');
  const parsed = parseMadrWithFrontmatter(text);
  expect(parsed.status).toBe('proposed');
  expect(parsed.date).toBe(await page.evaluate(() => new Date().toLocaleDateString('en-CA')));
  expect(parsed.content).toMatch(/^\s*# Run Checkout API on serverless functions\n/);
  expect(text).toContain(`Chosen option: "${OUTCOMES.serverless.name}", because`);
  expect(text).toContain(`/quiz/result/serverless/?a=${longCode}`);
  await expect(page.locator('#announcer')).toHaveText('Downloading 0012-run-checkout-api-on-serverless-functions.md');
  expect(errors).toEqual([]);
});

test('download: the Nygard format, and a hostile name still gives a valid file name', async ({ page }) => {
  await openResult(page);
  await page.getByLabel('Format').selectOption('nygard');
  await page.getByLabel('Workload name').fill('<img src=x onerror=alert(1)> 🚀 ## Status');
  await page.getByLabel('Record number').fill('3');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the record' }).click()]);
  expect(download.suggestedFilename()).toBe('0003-run-img-src-x-onerror-alert-1-status-on-serverless-functions.md');
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.split('\n')[0]).toBe('# 3. Run \\<img src=x onerror=alert(1)\\> 🚀 \\#\\# Status on serverless functions');
  expect(text).toMatch(/\n## Status\n\nProposed\n\n## Context\n/);
  expect(await page.locator('main img').count()).toBe(0);
});

test('download: the MADR carries the cost model: triggers with its numbers, the region and the price facts’ dates', async ({ page }) => {
  // Spiky traffic on a serverless result: the panel and the record use the spiky shape, with 2e7 events, 200 ms and 512 MB typed
  // into the address (the fields write n, d and m there), which replace the answered figures.
  // Worked by hand, free tier left out (the model's default since the cost merge):
  //   functions at 20 million events = 20e6 × (0.1 GB-s × $0.00001667 + $0.0000002) = 20e6 × $0.000001867 = $37.34;
  //   containers (Fargate 1 vCPU + 2 GB = $0.04937 an hour): spiky load puts 10× the average in one hour, 2.2 busy vCPU
  //   (7.61 events/s × 10 × 0.2 s × 50 % × 0.289 vCPU), so 4 tasks at 70 % in that hour and 1 in the other 23:
  //   27/24 × 730 h × $0.04937 = $40.545; the same 4 tasks hold from 19.1 to 25.4 million events, so the break-even is
  //   $40.545 / $0.000001867 = 21.7 million events a month, 8.3 a second, with the bill there $40.55.
  const decision = completeAnswers({ ...LONG });
  baseExpect(decision.outcome).toBe('serverless');
  baseExpect(decision.answers.traffic).toBe('spiky');
  await openResult(page, `${encodeAnswers(decision.answers)}&v=2&n=2e7&d=200&m=512`);
  await expect(page.locator('#cost-panel-live [data-cost-live="true"]')).toBeAttached();
  await expect(page.locator('.cost-panel .cost-table').first()).toContainText('$37.34');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the record' }).click()]);
  const text = await readFile((await download.path())!, 'utf8');
  const confirmation = text.split('### Confirmation')[1]!.split('## Pros and Cons')[0]!;
  baseExpect(confirmation).toMatch(/re-decide when load stays above 8\.3 requests per second \(21\.7 million events a month\) for a week/);
  // The figures typed into the address are the team's: nothing but the model's own levers is marked "assumed".
  baseExpect(confirmation).toContain(
    're-decide when the bill for functions passes 40.55 USD a month, the bill at the break-even volume (the estimate is 37.34 USD, for AWS, 20 million events a month, spiky load (busiest hour 10× the average), 200 ms each, 512 MB, 50 % of the time waiting on I/O (assumed)',
  );
  const more = text.split('## More Information')[1]!;
  baseExpect(more).toContain('US East (N. Virginia)');
  baseExpect(more).toMatch(/\[Lambda charges \$0\.20 per million requests\]\(https:[^)]+\): checked \d{4}-\d{2}-\d{2}/);
  // Still a record the ADR plugin reads.
  baseExpect(parseMadrWithFrontmatter(text).status).toBe('proposed');
});

test('copy: the record as Markdown, and the badge Markdown linking the result', async ({ page }) => {
  await openResult(page, encodeAnswers(pairsToAnswers(shortestPathTo('managed'))), 'managed');
  await page.getByRole('button', { name: 'Copy badge Markdown' }).click();
  await expect(page.locator('#announcer')).toHaveText('Badge Markdown copied');
  const badge = await page.evaluate(() => navigator.clipboard.readText());
  expect(badge).toMatch(
    new RegExp(`^\\[!\\[Really serverless\\? ${OUTCOMES.managed.name}\\]\\(https?://[^)]+/badges/managed\\.svg\\)\\]\\(https?://[^)]+/quiz/result/managed/\\?a=${CODEC_VERSION}\\.[a-z0-9-]+\\)$`),
  );
  const badgePath = new URL(/\((https?:[^)]+\.svg)\)/.exec(badge)![1]!).pathname;
  const response = await page.request.get(badgePath);
  expect(response.status()).toBe(200);
});

test('badges are served per outcome, as SVG with an accessible title', async ({ page }) => {
  for (const outcome of OUTCOME_ORDER) {
    const response = await page.request.get(`/badges/${outcome}.svg`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    const svg = await response.text();
    expect(svg).toMatch(/<svg [^>]*role="img" aria-labelledby="t"/);
    expect(svg).toContain(`<title id="t">Really serverless? decision guide result: ${OUTCOMES[outcome].name}</title>`);
  }
  // Rendered as an image, the title is its accessible name.
  await page.setContent('<img alt="" id="b">');
  await page.goto('/badges/serverless.svg');
  await expect(page.getByRole('img', { name: OUTCOMES.serverless.name, exact: false })).toBeVisible();
});

test('each result page names its own social image, a 1200×630 PNG', async ({ page }) => {
  for (const outcome of OUTCOME_ORDER) {
    await page.goto(`/quiz/result/${outcome}/`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(new RegExp(`/og/${outcome}\\.png$`));
    const png = await page.request.get(new URL(image!).pathname);
    expect(png.status()).toBe(200);
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

for (const format of ['A4', 'Letter'] as const) {
  test(`print: the brief of a long result fits one ${format} page`, async ({ page }) => {
    await openResult(page);
    expect(await printedPages(page, format)).toBe(1);
    // The brief and the result link are on paper; the rest of the reasoning, the page below and the on-screen controls are not.
    const brief = page.locator('.result-brief');
    await expect(brief).toBeVisible();
    await expect(brief.locator('.print-only')).toContainText(`/quiz/result/serverless/?a=${longCode}`);
    await expect(brief.locator('.brief-reasons li').first()).toBeVisible();
    await expect(brief.locator('.brief-cost')).toBeVisible();
    for (const hidden of ['.result-rest', '.record-export', '.result-actions', '#platforms', '#cost-estimate', '#rules']) await expect(page.locator(hidden)).toBeHidden();
  });
}

test('the count of printed pages is real: the static explanation page takes more than one', async ({ page }) => {
  await page.goto('/quiz/result/serverless/');
  expect(await printedPages(page, 'A4')).toBeGreaterThan(1);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: a result with the record export, ${scheme}`, async ({ page }) => {
    // The result with its platform tables and cost panel; axe needs a while on 2 shared cores.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openResult(page);
    await expectNoAxeViolations(page, `result with record export (${scheme})`);
  });
}
