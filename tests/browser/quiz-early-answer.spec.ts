/**
 * An answer given in the first moments after the island hydrates must still
 * move focus to the next question. Preact runs a component's pending effects
 * at the start of its next render, before the DOM changes, so a focus effect
 * keyed on "any new snapshot" once spent itself on the old question (CI
 * caught it as a flaky keyboard test). This answers in the task right after
 * the island's post-hydration effects, which hit that window every time.
 */
import { expect, test } from '@playwright/test';
import { questionText } from '../../src/quiz/question-text.ts';

test('an answer given in the first frame after hydration still moves focus to the next question', async ({ page }) => {
  await page.addInitScript(() => {
    // Runs before the island loads: watch for Next losing `disabled` (the
    // island's render after hydration), then answer once Preact's effects
    // for that render have run (they run in a task after the next frame).
    const observer = new MutationObserver(() => {
      const next = document.querySelector<HTMLButtonElement>('.quiz-step button[type=submit]');
      if (!next || next.disabled) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          document.querySelector<HTMLInputElement>('input[name="q-goal"][value="operations"]')?.click();
          next.click();
          (window as unknown as { answeredEarly: boolean }).answeredEarly = true;
        }),
      );
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
  });
  await page.goto('/quiz/');
  await page.waitForFunction(() => (window as unknown as { answeredEarly?: boolean }).answeredEarly === true);
  await expect(page.locator('.quiz-question')).toHaveText(questionText('location').text);
  await expect(page.locator('.quiz-question')).toBeFocused();
});
