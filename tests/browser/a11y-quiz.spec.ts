/**
 * Accessibility of the quiz's states, driven by keyboard: the first
 * question, a question in the middle of a run, the review and the results
 * (with a personal trace from answers in the URL), in light and dark.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { applyTheme, expectScheme, THEME_MODES } from '../support/theme';
import { answerByKeyboard, openQuiz, questionGroup, routeTo } from '../support/quiz-driver';
import { OUTCOME_ORDER } from '../../src/quiz/index.ts';

const MODES = THEME_MODES.filter((m) => m.name === 'light (system)' || m.name === 'dark (stored over light system)');
/** The outcome whose shortest run is longest: the best "middle of the quiz". */
const longest = [...OUTCOME_ORDER].sort((a, b) => routeTo(b).pairs.length - routeTo(a).pairs.length)[0]!;

for (const mode of MODES) {
  test.describe(`quiz a11y, ${mode.name}`, () => {
    test.beforeEach(async ({ page }) => applyTheme(page, mode));

    test('first question', async ({ page }) => {
      const { pairs } = routeTo(longest);
      await openQuiz(page);
      await expect(questionGroup(page, pairs[0]!.question)).toBeVisible();
      await expectScheme(page, mode.scheme);
      await expectNoAxeViolations(page, `quiz, first question, ${mode.name}`);
    });

    test('a middle question, reached by keyboard', async ({ page }) => {
      const { pairs } = routeTo(longest);
      expect(pairs.length, `the run to "${longest}" has several questions`).toBeGreaterThan(2);
      const half = Math.floor(pairs.length / 2);
      await openQuiz(page);
      for (const pair of pairs.slice(0, half)) await answerByKeyboard(page, pair);
      await expect(questionGroup(page, pairs[half]!.question)).toBeVisible();
      await expectNoAxeViolations(page, `quiz, question ${half + 1} on the way to "${longest}", ${mode.name}`);
    });

    test('review, then the result page, reached by keyboard', async ({ page }) => {
      const { pairs } = routeTo(longest);
      await openQuiz(page);
      for (const pair of pairs) await answerByKeyboard(page, pair);
      await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
      await expectNoAxeViolations(page, `quiz review before "${longest}", ${mode.name}`);
      await page.getByRole('button', { name: 'See the recommendation' }).focus();
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().isNavigationRequest() && r.url().includes('/quiz/result/')),
        page.keyboard.press('Enter'),
      ]);
      expect(new URL(response.url()).pathname).toBe(`/quiz/result/${longest}/`);
      expect(response.status()).toBe(200);
      await page.waitForURL(`**/quiz/result/${longest}/?a=*`, { waitUntil: 'load' });
      await expectNoAxeViolations(page, `result "${longest}" after a keyboard run, ${mode.name}`);
    });

    for (const outcome of OUTCOME_ORDER) {
      test(`result "${outcome}" with answers in the URL`, async ({ page }) => {
        const { code } = routeTo(outcome);
        const response = await page.goto(`/quiz/result/${outcome}/?a=${code}`);
        expect(response?.status()).toBe(200);
        await page.waitForLoadState('load');
        await expectScheme(page, mode.scheme);
        await expectNoAxeViolations(page, `result "${outcome}" for ${code}, ${mode.name}`);
      });
    }
  });
}
