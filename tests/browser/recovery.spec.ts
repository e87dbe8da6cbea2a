/**
 * Every part of the site that loads its code on demand, when that code
 * fails to arrive once (or twice) and then arrives: the part says what is
 * missing, "Try again" makes a real new request (a fresh address, because
 * Chromium 150 and 153 answer a repeated import() of a failed URL from their
 * module map without asking the server), and the part then works, with the
 * answers kept and focus where the reader is. When the code the part shares
 * with others failed too, "Try again" reloads the page, keeping the answers. The Playwright project "recovery"
 * runs this file three times in CI, on Debian's Chromium and on the newest
 * Chromium from npm (scripts/test.mjs).
 */
import { expect as baseExpect, test } from '@playwright/test';
import { OUTCOMES, decide, encodeAnswers, pairsToAnswers, shortestPathTo, type OutcomeId } from '../../src/quiz/index.ts';
import { questionText } from '../../src/quiz/question-text.ts';
import { assessmentHref, workloadFrom } from '../../src/assess/codec.ts';
import { completeAnswers } from '../support/complete-answers';
import { failChunk, queries } from '../support/failing-chunk';
import { expectNoAxeViolations } from '../support/axe';
import { CODEC_VERSION } from '../../src/quiz/codec.ts';
import { requireDist } from '../support/dist';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shared chunk that holds the quiz's routes and reader (src/quiz/routes.ts, link.ts): Vite names a
 * shared chunk after one of its modules, and which one moves as the code around it does, so it is found
 * by what it contains: the words of the note on an older link (src/quiz/restore-message.ts), which only the reader's chunk holds.
 */
function sharedQuizChunk(): string {
  const dir = join(requireDist(), '_astro');
  const holders = readdirSync(dir).filter((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes('earlier edition of the quiz'));
  baseExpect(holders, 'one built chunk holds the quiz’s link reader').toHaveLength(1);
  return holders[0]!.split('.')[0]!;
}

// Islands hydrate and load code on demand; on shared CI cores that can take a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
const answersFor = (o: OutcomeId) => pairsToAnswers(shortestPathTo(o));

test('the quiz engine: the first answer waits, says it failed, and "Try again" loads the engine and goes on', async ({ page }) => {
  // The engine's first request fails, but only after Next was pressed: the
  // prefetch on focus and the answer then share that one failed load.
  let answered: () => void = () => {};
  const engine = await failChunk(page, 'QuizApp', { hold: new Promise((resolve) => (answered = resolve)) });
  await page.goto('/quiz/');
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
  await page.getByLabel('Lower cost').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('#announcer')).toHaveText('Loading the next question…');
  answered();
  await expect(page.getByRole('alert')).toContainText('The next step of the quiz could not be loaded.');
  await expect(page.locator('.quiz-question')).toHaveText(questionText('goal').text);
  await expect(page.getByLabel('Lower cost')).toBeChecked();
  expect(queries(engine)).toEqual(['']);

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.quiz-question')).toHaveText(questionText('location').text);
  await expect(page.locator('.quiz-question')).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`\\?a=${CODEC_VERSION}\\.gc$`));
  // One new request, for the same file under a fresh address.
  expect(queries(engine)).toEqual(['', '?retry=1']);
  expect(new URL(engine.requests[1] ?? '').pathname).toBe(new URL(engine.requests[0] ?? '').pathname);
  // Back returns to the first question, now through the engine.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('.quiz-question')).toHaveText(questionText('goal').text);
  await expect(page).toHaveURL(/\/quiz\/$/);
});

test('the quiz engine and its shared code both fail: "Try again" reloads the page, which keeps the first answer and goes on', async ({ page }) => {
  // A dropped connection fails the engine and the shared chunks it imports
  // (the link reader's is one it imports that the first question does not).
  // A fresh address for the engine cannot help: its import of that chunk
  // stays failed in the module map. Only a reload clears that.
  let answered: () => void = () => {};
  const hold = new Promise<void>((resolve) => (answered = resolve));
  const engine = await failChunk(page, 'QuizApp', { hold });
  const shared = await failChunk(page, sharedQuizChunk(), { hold });
  await page.goto('/quiz/');
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
  await page.getByLabel('Lower cost').check();
  await page.getByRole('button', { name: 'Next' }).click();
  answered();
  await expect(page.getByRole('alert')).toContainText('The next step of the quiz could not be loaded.');

  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Try again' }).click();
  await reloaded;
  await expect(page.locator('.quiz-question')).toHaveText(questionText('location').text);
  await expect(page.locator('.quiz-question')).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`\\?a=${CODEC_VERSION}\\.gc$`));
  // The fresh address was tried first, and the server answered a fetch of
  // it: a failed import of the engine's own imports; after the reload the plain address loads.
  expect(queries(engine)).toEqual(['', '?retry=1', '']);
  expect(engine.probes.map((url) => new URL(url).search)).toEqual(['?retry=1']);
  expect(queries(shared)).toEqual(['', '']);
  // The kept answer was used once: Back leads to the first question, not to a second reload.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('.quiz-question')).toHaveText(questionText('goal').text);
  expect(await page.evaluate(() => (history.state as Record<string, unknown> | null)?.quizPendingAnswer)).toBeUndefined();
});

test('the personal result: "Try again" asks the server again as often as it takes, then shows the result with focus on it', async ({ page }) => {
  const answers = answersFor('managed');
  // Offline until restore(): the first retry fails too, and so does the check whether the server answers.
  const result = await failChunk(page, 'ResultFromUrl', { times: Infinity });
  await page.goto(`/quiz/result/managed/?a=${encodeAnswers(answers)}`);
  const notice = page.locator('.quiz-notice', { hasText: 'Your personal result could not be loaded.' });
  await expect(notice).toHaveAttribute('role', 'alert');
  const retry = notice.getByRole('button', { name: 'Try again' });

  await retry.click();
  await expect(notice).toContainText('It failed again.');
  await expect(retry).toBeFocused();
  expect(result.probes.map((url) => new URL(url).search)).toEqual(['?retry=1']);
  result.restore();
  await retry.click();
  await expect(page.locator('#your-result')).toHaveText(decide(answers).headline);
  await expect(page.locator('#your-result')).toBeFocused();
  await expect(notice).toHaveCount(0);
  expect(queries(result)).toEqual(['', '?retry=1', '?retry=2']);
});

test('the personal result and its shared code both fail: "Try again" reloads the page, which shows the result', async ({ page }) => {
  const answers = answersFor('managed');
  const result = await failChunk(page, 'ResultFromUrl');
  const shared = await failChunk(page, sharedQuizChunk());
  await page.goto(`/quiz/result/managed/?a=${encodeAnswers(answers)}`);
  const notice = page.locator('.quiz-notice', { hasText: 'Your personal result could not be loaded.' });
  await expect(notice).toBeVisible();
  const reloaded = page.waitForEvent('load');
  await notice.getByRole('button', { name: 'Try again' }).click();
  await reloaded;
  await expect(page.locator('#your-result')).toHaveText(decide(answers).headline);
  await expect(notice).toHaveCount(0);
  expect(queries(result)).toEqual(['', '?retry=1', '']);
  expect(queries(shared)).toEqual(['', '']);
});

test('the personal result’s data from the build: a failed fetch says so, and "Try again" fetches it again', async ({ page }) => {
  const answers = answersFor('managed');
  const fetches: string[] = [];
  let fail = true;
  await page.route('**/quiz/result/data.json', async (route) => {
    fetches.push(route.request().url());
    if (fail) return route.abort('internetdisconnected');
    return route.continue();
  });
  await page.goto(`/quiz/result/managed/?a=${encodeAnswers(answers)}`);
  const notice = page.locator('.quiz-notice', { hasText: 'Your personal result could not be loaded.' });
  await expect(notice).toHaveAttribute('role', 'alert');
  fail = false;
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('#your-result')).toHaveText(decide(answers).headline);
  await expect(page.locator('#your-result')).toBeFocused();
  expect(fetches.length, 'one new request').toBe(2);
});

test('a link that leads elsewhere today: its notice says when its code failed, and "Try again" loads it', async ({ page }) => {
  const notice = await failChunk(page, 'ResultNotice');
  // An edition 1 link edited by hand: its answers never led to functions (quiz.spec.ts reads the notice itself).
  await page.goto('/quiz/result/serverless/?a=1.golp');
  const failed = page.locator('.quiz-notice', { hasText: 'The answers in this link cannot be shown here' });
  await expect(failed).toHaveAttribute('role', 'alert');
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'lead elsewhere today' })).toContainText('which recommended serverless functions');
  expect(queries(notice)).toEqual(['', '?retry=1']);
});

test('a result page’s cost panel and decision record: each says what failed, and each "Try again" loads it', async ({ page }) => {
  // Spiky traffic: the panel's redraw says the daily shape follows that answer.
  const decision = completeAnswers({ goal: 'both', location: 'cloud', traffic: 'spiky' });
  const cost = await failChunk(page, 'result-cost');
  const exporter = await failChunk(page, 'RecordExport');
  await page.goto(`/quiz/result/${decision.outcome}/?a=${encodeAnswers(decision.answers)}`);
  await expect(page.locator('#your-result')).toHaveText(decision.headline);

  const costNotice = page.locator('#cost-panel-status .quiz-notice');
  await expect(costNotice).toContainText('The estimate for your answers could not be loaded.');
  await expect(page.locator('#cost-panel-basis')).toContainText('For the cost model’s default workload');
  const recordNotice = page.locator('.quiz-notice', { hasText: 'The decision record could not be prepared.' });
  await expect(recordNotice).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the record' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'a result page whose cost code and record code failed');

  await costNotice.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('#cost-panel-basis')).toContainText('The daily shape follows your traffic answer.');
  await expect(page.locator('#cost-panel-basis')).toBeFocused();
  await expect(costNotice).toHaveCount(0);

  await recordNotice.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'Download the record' })).toBeVisible();
  await expect(page.locator('#record-title')).toBeFocused();
  // The record's retry reused the cost code the panel's retry had loaded.
  expect(queries(cost)).toEqual(['', '?retry=1']);
  expect(queries(exporter)).toEqual(['', '?retry=1']);
});

test('the assessment: the decision logic and the cost estimates each say they failed, and each "Try again" loads them', async ({ page }) => {
  const cost = await failChunk(page, 'result-cost');
  const logic = await failChunk(page, 'assess-logic');
  await page.goto(assessmentHref([workloadFrom('Checkout API', answersFor('serverless'))]));
  await expect(page.locator('.assess-table tbody th')).toHaveText('Checkout API');

  const logicNotice = page.locator('.quiz-notice', { hasText: 'The recommendations could not be loaded.' });
  const costNotice = page.locator('.quiz-notice', { hasText: 'The cost estimates could not be loaded.' });
  await expect(logicNotice).toBeVisible();
  // The names are kept; the answers wait in the link.
  await expect(page.locator('.assess-table tbody td')).toHaveText('Answers not read yet');
  await expect(page.getByRole('button', { name: 'Download the record' })).toBeDisabled();
  await expectNoAxeViolations(page, 'an assessment whose decision logic and cost code failed');

  await logicNotice.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.assess-table tbody td').first()).toHaveText(OUTCOMES.serverless.name);
  await expect(page.locator('#results')).toBeFocused();
  await expect(logicNotice).toHaveCount(0);
  // The record writer came with the logic.
  await expect(page.getByRole('button', { name: 'Download the record' })).toBeEnabled();
  // Now there is a result to cost, the cost code's failure shows.
  await expect(costNotice).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Estimated monthly cost' })).toHaveCount(0);

  await costNotice.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('columnheader', { name: 'Estimated monthly cost' })).toBeVisible();
  await expect(page.locator('#results')).toBeFocused();
  await expect(costNotice).toHaveCount(0);

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the record' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^0001-.+\.md$/);
  expect(queries(cost)).toEqual(['', '?retry=1']);
  expect(queries(logic)).toEqual(['', '?retry=1']);
});
