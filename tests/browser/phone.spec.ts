/**
 * Phones (issue 13), at 360×640 and 390×844, measured with bounding boxes:
 * a one-row header ≤ 72 px whose Menu is a keyboard- and screen-reader-
 * correct disclosure; from the second question on, the quiz step (question,
 * every option, Next) inside the first screen; 44 px touch targets; the
 * result's headline, confidence and actions in the first screen with the
 * long lists folded; the decision map's narrow layout; no page that scrolls
 * sideways; axe clean in light and dark. The quiz's routes come from
 * src/quiz, so no answer is hard-coded here.
 */
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from '../support/shared-page';
import { QUESTION_ORDER, encodeAnswers, getExploredSnapshots, isQuestionId, type QuestionId } from '../../src/quiz/index.ts';
import { crawlPaths } from '../support/dist';
import { waitForSettledPage } from '../support/settle';
import { answerByKeyboard, openQuiz, questionGroup, routeTo } from '../support/quiz-driver';
import { expectNoAxeViolations } from '../support/axe';
import { applyTheme, expectScheme, THEME_MODES } from '../support/theme';

const PHONES = [
  { name: '360×640', width: 360, height: 640 },
  { name: '390×844', width: 390, height: 844 },
] as const;
const HEADER_MAX = 72;
const TARGET_MIN = 44;
/** Sub-pixel rounding: a 44 px box can measure 43.99. */
const EPSILON = 0.5;

/** For every question after the first: the answers (as ?a=) that put it on screen. */
function linksToQuestions(): { question: QuestionId; search: string }[] {
  const first = new Map<QuestionId, string>();
  for (const { state } of getExploredSnapshots()) {
    const screen = String(state.value);
    if (!isQuestionId(screen) || screen === QUESTION_ORDER[0] || first.has(screen)) continue;
    first.set(screen, `?a=${encodeAnswers(state.context.answers)}`);
  }
  return [...first].map(([question, search]) => ({ question, search }));
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, 'element is rendered').not.toBeNull();
  return b!;
}

/** Fails when the element is not wholly inside the viewport as it is scrolled now. */
async function expectInFirstScreen(page: Page, locator: Locator, what: string): Promise<void> {
  const b = await box(locator);
  const { height, width } = page.viewportSize()!;
  expect(b.y, `${what}: top inside the screen`).toBeGreaterThanOrEqual(-EPSILON);
  expect(b.y + b.height, `${what}: bottom inside the first screen (${height} px)`).toBeLessThanOrEqual(height + EPSILON);
  expect(b.x + b.width, `${what}: inside the screen's width`).toBeLessThanOrEqual(width + EPSILON);
}

async function expectTarget(locator: Locator, what: string): Promise<void> {
  const b = await box(locator);
  expect(b.height, `${what}: at least ${TARGET_MIN} px tall`).toBeGreaterThanOrEqual(TARGET_MIN - EPSILON);
  expect(b.width, `${what}: at least ${TARGET_MIN} px wide`).toBeGreaterThanOrEqual(TARGET_MIN - EPSILON);
}

async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const sizes = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    // Code blocks and tables scroll inside their own box: none may stick out.
    boxes: [...document.querySelectorAll('pre, .table-scroll, table')]
      .map((el) => ({ tag: el.tagName, right: el.getBoundingClientRect().right }))
      .filter((b) => b.right > document.documentElement.clientWidth + 0.5),
  }));
  expect(sizes.scroll, `${label} scrolls sideways`).toBeLessThanOrEqual(sizes.client);
  expect(sizes.boxes, `${label}: boxes wider than the screen`).toEqual([]);
}

const menuButton = (page: Page) => page.locator('.site-header summary');
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

for (const phone of PHONES) {
  test.describe(`phone ${phone.name}`, () => {
    test.use({ viewport: { width: phone.width, height: phone.height } });
    // Several page loads per test, on a machine shared with other runs.
    test.describe.configure({ timeout: 90_000 });

    test(`the header is one row of at most ${HEADER_MAX} px: title, Menu, theme`, async ({ page }) => {
      for (const path of ['/', '/quiz/', '/quiz/map/', '/antipatterns/', '/goals/', '/search/']) {
        await page.goto(path);
        const header = await box(page.getByRole('banner'));
        expect(header.height, `header height on ${path}`).toBeLessThanOrEqual(HEADER_MAX);
        const brand = page.getByRole('banner').getByRole('link', { name: 'Really serverless?' });
        const theme = page.getByRole('button', { name: 'Dark theme' });
        for (const [what, el] of [['title', brand], ['Menu', menuButton(page)], ['theme toggle', theme]] as const) {
          await expect(el, `${what} on ${path}`).toBeVisible();
          const b = await box(el);
          expect(b.y + b.height, `${what} inside the header on ${path}`).toBeLessThanOrEqual(header.y + header.height);
        }
        // The whole title shows: not cut off or ellipsised.
        const cut = await brand.locator('span').evaluate((el) => el.scrollWidth > el.clientWidth);
        expect(cut, `title cut off on ${path}`).toBe(false);
        await expect(mainNav(page)).toBeHidden();
        await expectTarget(menuButton(page), 'Menu button');
        await expectTarget(theme, 'theme toggle');
      }
    });

    test('the Menu is a disclosure: keyboard, aria-expanded, aria-controls, Escape returns focus', async ({ page }) => {
      await page.goto('/antipatterns/');
      const button = menuButton(page);
      await expect(button).toHaveAccessibleName('Menu');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      const controls = await button.getAttribute('aria-controls');
      expect(controls, 'aria-controls names the panel').toBeTruthy();
      const panel = page.locator(`#${controls}`);
      await expect(panel).toHaveCount(1);
      await expect(panel).toBeHidden();

      // Skip link, title, then the Menu button.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(panel).toBeVisible();
      await expect(mainNav(page)).toBeVisible();
      await expect(panel.getByRole('searchbox')).toBeVisible();

      // Into the panel, then Escape: closed, focus back on the button.
      await page.keyboard.press('Tab');
      await expect(mainNav(page).getByRole('link').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(panel).toBeHidden();
      await expect(button).toBeFocused();

      // Space toggles too; Escape from the search field closes as well.
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await panel.getByRole('searchbox').focus();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(button).toBeFocused();

      // Every item in the open menu is a 44 px target, and the current section is marked.
      await button.click();
      for (const link of await mainNav(page).getByRole('link').all()) await expectTarget(link, `menu link ${await link.textContent()}`);
      await expect(mainNav(page).getByRole('link', { name: 'Antipatterns' })).toHaveAttribute('aria-current', 'page');
      await expect(async () => expect((await box(panel.getByRole('button', { name: 'Search' }))).height).toBeGreaterThanOrEqual(TARGET_MIN - EPSILON)).toPass();
      await expectNoSidewaysScroll(page, 'open menu');

      // A tap outside (below the open panel) closes it.
      await page.mouse.click(phone.width / 2, phone.height - 10);
      await expect(panel).toBeHidden();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    });

    test('from the second question on, the question, every option and Next fit the first screen', async ({ page }) => {
      const links = linksToQuestions();
      expect(links.length, 'every question after the first is reachable').toBe(QUESTION_ORDER.length - 1);
      for (const { question, search } of links) {
        await openQuiz(page, search);
        const group = questionGroup(page, question);
        await expect(group, `${question} on screen`).toBeVisible();
        expect(await page.evaluate(() => scrollY), 'the page opens at its top').toBe(0);
        await expectInFirstScreen(page, group.locator('legend'), `${question}: the question`);
        for (const option of await group.locator('.quiz-option').all()) {
          await expectInFirstScreen(page, option, `${question}: option "${await option.innerText()}"`);
          await expectTarget(option, `${question}: option`);
        }
        const next = page.getByRole('button', { name: 'Next' });
        await expectInFirstScreen(page, next, `${question}: Next`);
        for (const control of [next, page.getByRole('button', { name: 'Back' }), page.getByRole('button', { name: 'Start over' }), group.locator('summary')]) {
          await expectTarget(control, `${question}: ${await control.innerText()}`);
        }
        // The introduction has folded away: its lede is not shown.
        await expect(page.locator('.quiz-page > .lede')).toBeHidden();
      }
    });

    test('after Next the new question takes focus and the step lands in the first screen', async ({ page }) => {
      const { pairs } = routeTo('serverless');
      await openQuiz(page);
      await expect(page.locator('.quiz-page > .lede'), 'the introduction shows before the quiz starts').toBeVisible();
      // Scroll as a reader would to reach the first question's Next.
      await page.getByRole('button', { name: 'Next' }).scrollIntoViewIfNeeded();
      await answerByKeyboard(page, pairs[0]!);
      const second = pairs[1]!;
      const group = questionGroup(page, second.question);
      await expect(group.locator('.quiz-question')).toBeFocused();
      await expect.poll(() => page.evaluate(() => scrollY), { message: 'scrolled back to the first screen' }).toBe(0);
      await expectInFirstScreen(page, group.locator('legend'), 'the second question');
      await expectInFirstScreen(page, page.getByRole('button', { name: 'Next' }), 'Next');
    });

    test('result: recommendation, confidence and actions in the first screen; long lists fold', async ({ page }) => {
      for (const outcome of ['serverless', 'managed', 'servers'] as const) {
        const { code } = routeTo(outcome);
        await page.goto(`/quiz/result/${outcome}/?a=${code}`);
        const result = page.locator('.result-personal');
        await expect(result).toBeVisible();
        await expectInFirstScreen(page, result.locator('.result-headline'), `${outcome}: recommendation`);
        await expectInFirstScreen(page, result.locator('.result-confidence'), `${outcome}: confidence`);
        const actions = result.locator('.result-actions').getByRole('button');
        expect(await actions.count(), 'copy/download actions').toBeGreaterThan(1);
        for (const action of await actions.all()) {
          await expectInFirstScreen(page, action, `${outcome}: "${await action.innerText()}"`);
          await expectTarget(action, `${outcome}: "${await action.innerText()}"`);
        }
        // The whole brief within two screens (tests/browser/three-teams.spec.ts checks the longest briefs too).
        const brief = await box(result.locator('.result-brief'));
        expect(brief.y + brief.height, `${outcome}: the brief ends within two screens`).toBeLessThanOrEqual(2 * phone.height + EPSILON);
        const why = result.locator('details.result-fold').first();
        await expect(why).not.toHaveAttribute('open');
        await expect(why.locator('.result-trace')).toBeHidden();
        await why.locator('summary').click();
        await expect(why.locator('.result-trace')).toBeVisible();
        await expectNoSidewaysScroll(page, `result ${outcome}`);
      }
    });

    test('decision map: the text is the map, the diagram one tap away, the path highlighted in both', async ({ page }) => {
      const { code } = routeTo('managed');
      await page.goto(`/quiz/map/?a=${code}`);
      const diagram = page.locator('details.qm-diagram');
      const region = page.getByRole('region', { name: /Diagram of the decision map/ });
      await expect(region).toBeHidden();
      const toggle = diagram.locator('summary');
      await expectInFirstScreen(page, toggle, '"Show the diagram"');
      await expectTarget(toggle, '"Show the diagram"');
      // The narrow layout: each step on the path marked in the text, top to bottom.
      const onPath = page.locator('section.qm-step.on-path');
      // The highlight and its data load after the page (src/map/start.ts): wait for its note.
      await expect(page.locator('[data-map-status]')).toContainText('Highlighted');
      expect(await onPath.count(), 'steps on the path').toBeGreaterThan(2);
      const line = await onPath.first().evaluate((el) => getComputedStyle(el).borderLeftColor);
      const offLine = await page.locator('section.qm-step:not(.on-path)').first().evaluate((el) => getComputedStyle(el).borderLeftColor);
      expect(line, 'the path line differs from the other steps').not.toBe(offLine);
      for (const section of await page.locator('section.qm-step').all()) {
        const b = await box(section);
        expect(b.x + b.width, 'text map fits the width').toBeLessThanOrEqual(phone.width + EPSILON);
      }
      await expectNoSidewaysScroll(page, 'map');

      // One tap: the diagram, highlighted, scrolling in its own region from its spine.
      await toggle.click();
      await expect(region).toBeVisible();
      expect(await page.locator('svg [data-node].on-path').count()).toBeGreaterThan(2);
      const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, left: el.scrollLeft }));
      expect(sizes.scroll).toBeGreaterThan(sizes.client);
      expect(sizes.left, 'starts at the spine').toBeGreaterThan(0);
      await expectNoSidewaysScroll(page, 'map with the diagram open');
    });

    test('no page of the sitemap scrolls sideways', async ({ sharedPage: page }) => {
      const paths = crawlPaths();
      let codeBlocks = 0;
      for (const path of paths) {
        await page.goto(path);
        await waitForSettledPage(page, path);
        await expectNoSidewaysScroll(page, path);
        codeBlocks += await page.locator('pre').count();
      }
      // The check above has something to check: the guide has code blocks.
      expect(codeBlocks, 'code blocks measured').toBeGreaterThan(0);
    });

    test('articles: "On this page" is reachable from the top and folds', async ({ page }) => {
      await page.goto('/antipatterns/database-dependency/');
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const summary = toc.locator('summary');
      await expectInFirstScreen(page, summary, '"On this page"');
      await expect(toc.getByRole('link').first()).toBeHidden();
      await summary.click();
      await expect(toc.getByRole('link').first()).toBeVisible();
    });
  });
}

test.describe('phone, wide screen and print', () => {
  test.describe.configure({ timeout: 90_000 });
  test('result lists are open on a wide screen; on paper the brief alone, its lists whole', async ({ page }) => {
    const { code } = routeTo('serverless');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/quiz/result/serverless/?a=${code}`);
    const fold = page.locator('details.result-fold').first();
    await expect(fold).toHaveAttribute('open');
    await expect(fold.locator('.result-trace')).toBeVisible();
    await expect(menuButton(page)).toBeHidden();
    await expect(mainNav(page)).toBeVisible();

    await page.setViewportSize({ width: 360, height: 640 });
    await page.reload();
    await expect(fold).not.toHaveAttribute('open');
    await page.emulateMedia({ media: 'print' });
    // Paper holds the brief (one page: records.spec.ts); the folded reasoning stays on screen, behind the printed link.
    await expect(page.locator('.result-brief .brief-reasons')).toBeVisible();
    await expect(fold).toBeHidden();
  });
});

test.describe('phone without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
  test.describe.configure({ timeout: 90_000 });

  test('the Menu still opens, the header stays one row, the diagram still opens', async ({ page }) => {
    await page.goto('/goals/');
    expect((await box(page.getByRole('banner'))).height).toBeLessThanOrEqual(HEADER_MAX);
    await expect(mainNav(page)).toBeHidden();
    await menuButton(page).click();
    const quiz = mainNav(page).getByRole('link', { name: 'Quiz' });
    await expect(quiz).toBeVisible();
    await quiz.click();
    await expect(page).toHaveURL(/\/quiz\/$/);
    await page.goto('/quiz/map/');
    await page.locator('details.qm-diagram summary').click();
    await expect(page.getByRole('region', { name: /Diagram of the decision map/ })).toBeVisible();
  });
});

// axe at phone size, light and dark: every page, the open menu, a quiz step and a result.
const MODES = THEME_MODES.filter((m) => m.name === 'light (system)' || m.name === 'dark (stored over light system)');
for (const mode of MODES) {
  test.describe(`phone a11y, ${mode.name}`, () => {
    test.use({ viewport: { width: 360, height: 640 } });
    // axe is slow on a busy 2-core machine.
    test.describe.configure({ timeout: 120_000 });

    for (const path of crawlPaths()) {
      // Read-only: one phone-sized page per worker serves every path (see shared-page.ts).
      test(path, async ({ sharedPage: page }) => {
        await applyTheme(page, mode);
        await page.goto(path);
        await waitForSettledPage(page, path);
        await expectScheme(page, mode.scheme);
        await expectNoAxeViolations(page, `${path} at 360×640 in ${mode.name}`);
      });
    }

    test('open menu, quiz step, result with folds, map with the diagram', async ({ page }) => {
      await applyTheme(page, mode);
      await page.goto('/goals/');
      await menuButton(page).click();
      await expectNoAxeViolations(page, `open menu in ${mode.name}`);
      const [link] = linksToQuestions();
      await openQuiz(page, link!.search);
      await expectNoAxeViolations(page, `quiz step at 360×640 in ${mode.name}`);
      const { code } = routeTo('managed');
      await page.goto(`/quiz/result/managed/?a=${code}`);
      await expect(page.locator('.result-personal')).toBeVisible();
      await expectNoAxeViolations(page, `result at 360×640 in ${mode.name}`);
      await page.goto(`/quiz/map/?a=${code}`);
      await page.locator('details.qm-diagram summary').click();
      await expectNoAxeViolations(page, `map with diagram at 360×640 in ${mode.name}`);
    });
  });
}
