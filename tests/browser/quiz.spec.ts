/** The decision quiz in a browser: keyboard paths, URLs, back/forward, bad links, exports. */
import { expect, test, type Page } from '@playwright/test';
import { OUTCOMES, OUTCOME_ORDER, QUESTIONS, decide, encodeAnswers, pairsToAnswers, setAnswer, shortestPathTo, walk, type AnswerPair, type Answers } from '../../src/quiz/index.ts';
import { questionText, answerLabel } from '../../src/quiz/question-text.ts';
import { CODEC_VERSION } from '../../src/quiz/codec.ts';

/** The edition new links are written in (links made by older editions are read, then re-linked in it). */
const V = CODEC_VERSION;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Collects page errors and dialogs (an injected alert would open one). */
function watch(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { errors };
}

async function answerByKeyboard(page: Page, pair: AnswerPair, first: boolean): Promise<void> {
  const radios = page.locator(`input[name="q-${pair.question}"]`);
  if (first) {
    // Next is disabled until the island hydrates; Enter would do nothing before.
    await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
    await radios.first().focus();
  } else {
    // Focus moved to the new question; Tab past the help toggle to the options.
    await expect(page.locator('.quiz-question')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
  }
  await expect(radios.first()).toBeFocused();
  const index = QUESTIONS[pair.question].options.findIndex((o) => o.value === pair.value);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(index)).toBeChecked();
  await page.keyboard.press('Enter');
}

async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === name) return;
  }
  throw new Error(`"${name}" is not reachable with Tab`);
}

test('the first question is rendered on the server', async ({ page }) => {
  const response = await page.request.get('/quiz/');
  const html = await response.text();
  expect(html).toContain(questionText('goal').text);
  expect(html).toMatch(/<fieldset[^>]*>\s*<legend>/);
});

for (const outcome of OUTCOME_ORDER) {
  test(`keyboard only: the shortest path reaches "${outcome}"`, async ({ page }) => {
    const { errors } = watch(page);
    const path = shortestPathTo(outcome);
    await page.goto('/quiz/');
    for (const [i, pair] of path.entries()) {
      await expect(page.locator('.quiz-question')).toHaveText(questionText(pair.question).text);
      await answerByKeyboard(page, pair, i === 0);
    }
    await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeFocused();
    await expect(page.locator('#announcer')).toHaveText('Review your answers');
    await tabTo(page, 'See the recommendation');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/quiz/result/${outcome}/\\?a=${encodeAnswers(pairsToAnswers(path)).replace('.', '\\.')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(OUTCOMES[outcome].name);
    await expect(page.locator('#your-result')).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('focus moves to each new question and the step is announced', async ({ page }) => {
  await page.goto('/quiz/');
  await page.getByLabel('Lower cost').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.quiz-question')).toBeFocused();
  await expect(page.locator('.quiz-question')).toHaveText(questionText('location').text);
  // "up to N": the longest path through the quiz, derived from the flow (tests/unit/quiz-length.test.ts).
  await expect(page.locator('#announcer')).toHaveText(new RegExp(`^Question 2 of up to \\d+: ${questionText('location').text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator('#quiz-progress-text')).toHaveText(/^Question 2 of up to \d+$/);
});

test('Next without a choice explains what is missing', async ({ page }) => {
  await page.goto('/quiz/');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose one of the answers to continue.');
  await expect(page).toHaveURL(/\/quiz\/$/);
});

test('answers go into the URL; browser back and forward step through the questions', async ({ page }) => {
  await page.goto('/quiz/');
  await page.getByLabel('Simpler operations').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?a=${V}\\.go$`));
  await page.getByLabel('In a public cloud').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?a=${V}\\.golc$`));
  await expect(page.locator('.quiz-question')).toHaveText(questionText('hardware').text);

  await page.goBack();
  await expect(page.locator('.quiz-question')).toHaveText(questionText('location').text);
  await page.goBack();
  await expect(page.locator('.quiz-question')).toHaveText(questionText('goal').text);
  await page.goForward();
  await expect(page.locator('.quiz-question')).toHaveText(questionText('location').text);

  // The in-page Back button agrees with the browser's.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('.quiz-question')).toHaveText(questionText('goal').text);
  await expect(page).toHaveURL(/\/quiz\/$/);
});

test('a pasted mid-quiz link resumes at the same question', async ({ page }) => {
  await page.goto('/quiz/?a=2.golc');
  await expect(page.locator('.quiz-question')).toHaveText(questionText('hardware').text);
  await expect(page.locator('#quiz-progress-text')).toHaveText(/^Question 3 of up to \d+$/);
});

test('a version 1 link (made before the new questions) resumes with what that quiz assumed, and says so', async ({ page }) => {
  await page.goto('/quiz/?a=1.golc');
  await expect(page.locator('.quiz-question')).toHaveText(questionText('arrival').text);
  await expect(page.getByRole('alert')).toContainText('earlier edition of the quiz');
});

test('a result with "Not sure" answers shows the range and what to settle first', async ({ page }) => {
  // Hardware "Not sure" on an otherwise serverless path: its options lead to different outcomes.
  let answers: Answers = { ...pairsToAnswers(shortestPathTo('serverless')), hardware: 'unsure' };
  // "Not sure" can open questions the path skipped (team capacity, once functions may be out): answer them.
  for (let next = walk(answers).next; next !== 'review'; next = walk(answers).next) answers = setAnswer(answers, next, QUESTIONS[next].options[0]!.value);
  const decision = decide(answers);
  expect(decision.range.length).toBeGreaterThan(1);
  await page.goto(`/quiz/result/${decision.outcome}/?a=${encodeAnswers(decision.answers)}`);
  await expect(page.locator('#your-result')).toHaveText(decision.headline);
  await expect(page.getByText('Not settled', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Not settled yet' })).toBeVisible();
  await expect(page.locator('.result-open')).toContainText(`Settle this first: ${QUESTIONS.hardware.title}`);
});

test('"Not sure" is an answer on every question', async ({ page }) => {
  await page.goto('/quiz/?a=2.golc');
  await expect(page.locator('.quiz-question')).toHaveText(questionText('hardware').text);
  await page.getByLabel('Not sure').check();
  await expect(page.getByLabel('Not sure')).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?a=${V}\\.golchu$`));
  // Resumed from an edition 2 link, the quiz now asks the question that edition did not: the team's cloud.
  await expect(page.locator('.quiz-question')).toHaveText(questionText('cloud').text);
  await expect(page.getByLabel('Not sure')).toBeVisible();
});

test('review lets any answer be changed, then returns to review', async ({ page }) => {
  await page.goto('/quiz/?a=1.golcac');
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'Change answer: Where it runs' }).click();
  await expect(page.locator('.quiz-question')).toHaveText(questionText('location').text);
  await expect(page.getByLabel('In a public cloud')).toBeChecked();
  await page.getByLabel('On premises only').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?a=${V}\\.golp$`));
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz/result/servers/\\?a=${V}\\.golp$`));
});

test('start over clears the answers', async ({ page }) => {
  await page.goto('/quiz/?a=2.golc');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.locator('.quiz-question')).toHaveText(questionText('goal').text);
  await expect(page).toHaveURL(/\/quiz\/$/);
  await expect(page.locator('input[name="q-goal"]:checked')).toHaveCount(0);
});

test('the copied result link reproduces the result in a fresh page', async ({ page, context }) => {
  const answers = pairsToAnswers(shortestPathTo('managed'));
  await page.goto(`/quiz/result/managed/?a=${encodeAnswers(answers)}`);
  const headline = await page.locator('#your-result').textContent();
  await page.getByRole('button', { name: 'Copy link to this result' }).click();
  await expect(page.locator('#announcer')).toHaveText('Link to this result copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^https?://[^/]+/quiz/result/managed/\\?a=${V}\\.`));
  const fresh = await context.newPage();
  await fresh.goto(new URL(copied).pathname + new URL(copied).search);
  await expect(fresh.locator('#your-result')).toHaveText(headline!);
});

test('the Markdown decision record holds the answers, the decision and the links', async ({ page }) => {
  const path = shortestPathTo('serverless');
  await page.goto(`/quiz/result/serverless/?a=${encodeAnswers(pairsToAnswers(path))}`);
  await page.getByRole('button', { name: 'Copy as decision record (Markdown)' }).click();
  await expect(page.locator('#announcer')).toHaveText('Decision record copied as Markdown');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  // MADR 4.0 by default: YAML front matter, then the title (tests/unit/records checks the format in depth).
  expect(md).toMatch(/^---\nstatus: "proposed"\n[\s\S]*?\n---\n\n# Run this workload on /);
  for (const pair of path) {
    expect(md).toContain(answerLabel(pair.question, pair.value));
  }
  expect(md).toContain(OUTCOMES.serverless.name.toLowerCase());
  expect(md).toMatch(/\]\(https?:\/\/[^)]+\/(goals|fit|antipatterns)\/[^)]*#[a-z-]+\)/);
  expect(md).toContain('/quiz/result/serverless/?a=');
});

test('a result link whose answers lead elsewhere, with no recorded change behind it, says so plainly and links today\'s result', async ({ page }) => {
  // An edition 1 link edited by hand: its answers never led to functions.
  await page.goto('/quiz/result/serverless/?a=1.golp');
  const notice = page.getByRole('status').filter({ hasText: 'lead elsewhere today' });
  await expect(notice).toContainText('The link was made with edition 1 of the quiz');
  await expect(notice).toContainText('which recommended serverless functions. Today the same answers lead to conventional servers.');
  await expect(notice).toContainText('No change recorded on the changes page explains the difference');
  // Read in its own edition, then linked onwards in today's.
  await expect(page.getByRole('link', { name: 'See today’s recommendation' })).toHaveAttribute('href', `/quiz/result/servers/?a=${CODEC_VERSION}.golp`);
});

const BAD_LINKS: Array<[string, string]> = [
  ['unknown version', '9.go'],
  ['unknown question code', '1.zz'],
  ['unknown answer code', '1.gz'],
  ['truncated value', '1.golcd'],
  ['oversized value', `1.${'go'.repeat(1500)}`],
  ['markup and script', '<script>alert(1)</script>'],
  ['attribute injection', '"><img src=x onerror=alert(1)>'],
];

for (const [label, value] of BAD_LINKS) {
  test(`bad link (${label}): a clear message, a clean or partial start, nothing injected`, async ({ page }) => {
    const { errors } = watch(page);
    await page.goto(`/quiz/?a=${encodeURIComponent(value)}`);
    await expect(page.getByRole('alert')).toContainText('This link could not be fully restored.');
    await expect(page.locator('.quiz-question')).toBeVisible();
    expect(await page.locator('main img').count()).toBe(0);
    const injected = await page.locator('script').evaluateAll((all) => all.filter((s) => /alert\(/.test(s.textContent ?? '')).length);
    expect(injected).toBe(0);
    expect(await page.locator('#main').innerHTML()).not.toContain('onerror');
    expect(errors).toEqual([]);

    await page.goto(`/quiz/result/managed/?a=${encodeURIComponent(value)}`);
    await expect(page.getByRole('alert')).toContainText('This link could not be fully restored.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(OUTCOMES.managed.name);
    expect(await page.locator('main img').count()).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('a bad link keeps its valid prefix', async ({ page }) => {
  await page.goto('/quiz/?a=2.golcz9');
  await expect(page.getByRole('alert')).toContainText('The first 2 answers were kept.');
  await expect(page.locator('.quiz-question')).toHaveText(questionText('hardware').text);
  await expect(page).toHaveURL(new RegExp(`\\?a=${V}\\.golc$`));
});

test('an answer picked before the island hydrates is kept', async ({ page }) => {
  // Hold the island's code back so the pick lands on the server-rendered form.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/QuizStart*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/quiz/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.getByLabel('Lower cost').check();
  release();
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
  await expect(page.getByLabel('Lower cost')).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.quiz-question')).toHaveText(questionText('location').text);
  await expect(page).toHaveURL(new RegExp(`\\?a=${V}\\.gc$`));
});

// A failed load and its retry, for every part loaded on demand: recovery.spec.ts.
test('a result page without answers loads no personal result', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/quiz/result/managed/');
  // Started: the page script (ResultStart) has run and had its chance to load the result.
  await page.waitForLoadState('networkidle');
  expect(requested.some((p) => p.includes('_outcome_')), 'the page script loaded').toBe(true);
  expect(requested.filter((p) => p.includes('ResultFromUrl') || p.endsWith('/data.json'))).toEqual([]);
  await expect(page.locator('#result-root')).toBeEmpty();
});
