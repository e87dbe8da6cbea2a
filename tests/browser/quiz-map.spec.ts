/**
 * The decision map in a browser: readable with JavaScript off, highlights
 * the path of the answers in ?a=, turns a malformed link into a polite note
 * (never into markup), and passes axe in light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { applyTheme, expectScheme, THEME_MODES } from '../support/theme';
import {
  OUTCOMES,
  OUTCOME_ORDER,
  QUESTION_ORDER,
  decide,
  encodeAnswers,
  pairsToAnswers,
  shortestPathTo,
  walk,
  type Answers,
} from '../../src/quiz/index.ts';

const MAP = '/quiz/map/';
const NOTE = 'The answers in this link could not be read; showing the whole map.';

/** The nodes, edges and options on the path the quiz takes for these answers. */
function expectedPath(answers: Answers) {
  const { asked } = walk(answers);
  const nodes = [...asked, 'review', decide(answers).outcome];
  return {
    nodes: [...nodes].sort(),
    edges: nodes.slice(1).map((to, i) => `${nodes[i]}->${to}`).sort(),
    options: asked.map((q) => `${q}:${answers[q]}`).sort(),
  };
}

/** What the page marks as on the path, per kind of hook. */
async function highlighted(page: Page) {
  return page.evaluate(() => {
    const keys = (selector: string, attr: string) =>
      [...document.querySelectorAll(`${selector}.on-path`)].map((el) => el.getAttribute(attr) ?? '').sort();
    return {
      svgNodes: keys('svg [data-node]', 'data-node'),
      sections: keys('section[data-node]', 'data-node'),
      edges: keys('[data-edge]', 'data-edge'),
      options: keys('[data-option]', 'data-option'),
      any: document.querySelectorAll('.on-path').length,
    };
  });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole map is readable as text, with its links', async ({ page }) => {
    await page.goto(`${MAP}?a=2.golp`);
    await expect(page.locator('h1')).toHaveText('Decision map');
    for (const q of QUESTION_ORDER) await expect(page.locator(`h2#q-${q}`)).toBeVisible();
    await expect(page.locator('h2#review')).toBeVisible();
    for (const o of OUTCOME_ORDER) {
      await expect(page.locator(`h2#o-${o}`)).toBeVisible();
      await expect(page.locator(`section[data-node="${o}"] a[href="/quiz/result/${o}/"]`)).toBeVisible();
    }
    const goal = page.locator('li[data-option="goal:operations"]');
    await expect(goal).toBeVisible();
    await expect(goal.locator('a[href="#q-location"]')).toBeVisible();
    await expect(goal.locator('a[href="/goals/#operations"]')).toBeVisible();
    await expect(page.locator('svg.qm-svg')).toBeVisible();
    // Without the script nothing is highlighted and no note shows.
    await expect(page.locator('[data-map-status]')).toBeHidden();
    expect((await highlighted(page)).any).toBe(0);
  });
});

test('highlights exactly the path of the answers in ?a=', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const answers = pairsToAnswers(shortestPathTo('managed'));
  const code = encodeAnswers(answers);
  const expected = expectedPath(answers);
  expect(decide(answers).outcome).toBe('managed');

  await page.goto(`${MAP}?a=${code}`);
  const status = page.locator('[data-map-status]');
  await expect(status).toHaveText(`Highlighted: the path your answers took, ending in “${OUTCOMES.managed.name}”.`);
  const marked = await highlighted(page);
  expect(marked.svgNodes).toEqual(expected.nodes);
  expect(marked.sections).toEqual(expected.nodes);
  expect(marked.edges).toEqual(expected.edges);
  expect(marked.options).toEqual(expected.options);
  await expect(page.locator('[data-option].on-path .qm-yours')).toHaveCount(expected.options.length);
  expect(errors).toEqual([]);
});

test('a partial run highlights up to the next unanswered question', async ({ page }) => {
  await page.goto(`${MAP}?a=2.gc`);
  await expect(page.locator('[data-map-status]')).toContainText('so far');
  const marked = await highlighted(page);
  expect(marked.svgNodes).toEqual(['goal', 'location']);
  expect(marked.edges).toEqual(['goal->location']);
  expect(marked.options).toEqual(['goal:cost']);
});

test('a malformed ?a= shows a note, highlights nothing and injects nothing', async ({ page }) => {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(MAP);
  const scripts = await page.locator('script').count();

  const garbage = '<script>alert(1)</script>';
  await page.goto(`${MAP}?a=${encodeURIComponent(garbage)}`);
  await expect(page.locator('[data-map-status]')).toHaveText(NOTE);
  expect((await highlighted(page)).any).toBe(0);
  await expect(page.locator('[data-quiz-map]')).not.toHaveClass(/has-path/);
  expect(await page.locator('script').count()).toBe(scripts);
  expect(await page.locator('main').innerHTML()).not.toContain('alert(1)');
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);

  // A well-formed link with an answer the quiz does not have is refused too.
  await page.goto(`${MAP}?a=1.gz`);
  await expect(page.locator('[data-map-status]')).toHaveText(NOTE);
  expect((await highlighted(page)).any).toBe(0);
});

test('on a narrow screen the diagram scrolls inside its own region, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(MAP);
  const region = page.getByRole('region', { name: /Diagram of the decision map/ });
  // On phones the text is the map and the diagram is one tap away (tests/browser/phone.spec.ts).
  await expect(region).toBeHidden();
  await page.locator('details.qm-diagram summary').click();
  await expect(region).toBeVisible();
  const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, left: el.scrollLeft }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  // The script starts the scroll at the spine of the diagram.
  expect(sizes.left).toBeGreaterThan(0);
  const doc = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(doc.scroll).toBeLessThanOrEqual(doc.width);
});

const MODES = THEME_MODES.filter((m) => m.name === 'light (system)' || m.name === 'dark (stored over light system)');
for (const mode of MODES) {
  test.describe(`map a11y, ${mode.name}`, () => {
    test.beforeEach(async ({ page }) => applyTheme(page, mode));

    test('whole map', async ({ page }) => {
      await page.goto(MAP);
      await expectScheme(page, mode.scheme);
      await expectNoAxeViolations(page, `decision map, ${mode.name}`);
    });

    test('with a highlighted path', async ({ page }) => {
      const code = encodeAnswers(pairsToAnswers(shortestPathTo('serverless')));
      await page.goto(`${MAP}?a=${code}`);
      await expect(page.locator('[data-map-status]')).toBeVisible();
      await expectScheme(page, mode.scheme);
      await expectNoAxeViolations(page, `decision map with a path, ${mode.name}`);
    });

    test('with the note for a bad link', async ({ page }) => {
      await page.goto(`${MAP}?a=nonsense`);
      await expect(page.locator('[data-map-status]')).toHaveText(NOTE);
      await expectNoAxeViolations(page, `decision map with a note, ${mode.name}`);
    });
  });
}
