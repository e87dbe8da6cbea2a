/**
 * Drives the quiz island by keyboard only, from the quiz's own data: the
 * question wording and option order come from src/quiz, the route through
 * it from the machine (shortestPathTo), so no answer is hard-coded here.
 */
import { expect, type Page } from '@playwright/test';
import { QUESTIONS, encodeAnswers, pairsToAnswers, shortestPathTo, type AnswerPair, type OutcomeId } from '../../src/quiz/index.ts';
import { questionText } from '../../src/quiz/question-text.ts';

/** The fieldset of a question, found by its legend (the question text). */
export function questionGroup(page: Page, question: AnswerPair['question']) {
  return page.getByRole('group', { name: questionText(question).text });
}

/** Opens the quiz and waits for the island to hydrate. */
export async function openQuiz(page: Page, search = ''): Promise<void> {
  await page.goto(`/quiz/${search}`);
  await page.waitForFunction(() => document.querySelector('astro-island') !== null && !document.querySelector('astro-island[ssr]'));
}

/**
 * Answers the question on screen by keyboard: focus its first radio, arrow
 * down to the option (Space for the first), then Enter to submit.
 */
export async function answerByKeyboard(page: Page, { question, value }: AnswerPair): Promise<void> {
  const group = questionGroup(page, question);
  await expect(group, `question "${question}" is on screen`).toBeVisible();
  const options = QUESTIONS[question].options;
  const index = options.findIndex((o) => o.value === value);
  expect(index, `"${value}" is an option of "${question}"`).toBeGreaterThanOrEqual(0);
  const radios = group.getByRole('radio');
  // The island moves focus to the new question just after it renders; retry
  // if that lands between our focus and our key press.
  await expect(async () => {
    await radios.first().focus();
    if (index === 0) await page.keyboard.press('Space');
    else for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await expect(radios.nth(index)).toBeChecked({ timeout: 500 });
    await expect(radios.nth(index)).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 5_000 });
  await page.keyboard.press('Enter');
}

/** The machine's shortest run to an outcome, and the URL code for it. */
export function routeTo(outcome: OutcomeId): { pairs: AnswerPair[]; code: string } {
  const pairs = shortestPathTo(outcome);
  return { pairs, code: encodeAnswers(pairsToAnswers(pairs)) };
}
