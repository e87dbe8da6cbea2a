/**
 * Three teams take the quiz by keyboard and read their result (issue 21):
 * every line of the decision brief is checked against what their answers
 * say, with the expected wording and figures written here by hand (the
 * arithmetic in the comments), not computed by the code under test:
 *
 * - per-event GPU inference on Azure: serverless functions with the
 *   Container Apps caveat, Azure named first, no AWS table first, and no
 *   monthly figure (the model has no GPU prices);
 * - a nightly batch that must run in the team's own data centre:
 *   conventional servers, own-hardware options first, no public price or
 *   limit presented as theirs, and the questions the path skipped named;
 * - a 3,000 request/s checkout API on AWS, steady and high, cost as the
 *   goal: managed services, with the bill at its own volume.
 *
 * Then the brief fits one desktop screen and two phone screens for those
 * and for the longest briefs, the platform tables and cost panel arrive
 * below it without moving anything on screen (layout shift), and nothing
 * logs an error or breaks the CSP.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { QUESTIONS, decide, encodeAnswers, type Answers, type OutcomeId } from '../../src/quiz/index.ts';
import { completeAnswers } from '../support/complete-answers';
import { answerByKeyboard, openQuiz } from '../support/quiz-driver';

const expect = baseExpect.configure({ timeout: 15_000 });

interface Team {
  name: string;
  /** The answers this team gives; questions it is not asked take no answer, any other takes the first option. */
  says: Partial<Record<string, string>>;
  outcome: OutcomeId;
  headline: RegExp;
  /** The brief's reasons, strongest first, as "Question: Answer." */
  reasons: string[];
  /** Article titles of the brief's warnings, in order. */
  warnings: string[];
  where: string;
  /** The first named options of the shortlist. */
  shortlist: string;
  /** The first platform group on the page below: a provider's table, or the own-hardware one. */
  firstTable: 'azure' | 'own' | 'aws';
  cost: RegExp;
}

const TEAMS: Team[] = [
  {
    name: 'per-event GPU inference on Azure',
    says: { goal: 'operations', location: 'cloud', hardware: 'accelerator', cloud: 'azure', arrival: 'per-event', duration: 'short', traffic: 'spiky', volume: 'millions', runtime: 'seconds', memory: 'heavy' },
    outcome: 'serverless',
    headline: /^Serverless functions, with a caveat: serverless GPUs on Container Apps$/,
    // Notes for functions only (the GPU answer is a condition, so it speaks against): in asking order.
    reasons: ['Goal: Simpler operations.', 'How work arrives: Per event.', 'How long one unit runs: Seconds, well within the limits.'],
    warnings: [],
    where: 'Where to run it on Microsoft Azure',
    // The GPU answer puts the option that runs functions on GPUs first, and alone.
    shortlist: 'Azure Functions on Azure Container Apps.',
    firstTable: 'azure',
    cost: /^Not priced: the cost model has no GPU prices\./,
  },
  {
    name: 'a nightly batch in its own data centre',
    says: { goal: 'operations', location: 'on-premises' },
    outcome: 'servers',
    headline: /^Conventional servers, with a caveat: you plan and run the capacity$/,
    reasons: ['Where it runs: On premises only.'],
    warnings: ['On-premises serverless'],
    where: 'Where to run it in your own data centre',
    shortlist: 'Your own servers or private cloud; Kubernetes on your own machines.',
    firstTable: 'own',
    cost: /^No public price: the workload runs in your own data centre/,
  },
  {
    name: 'a 3,000 request/s checkout API on AWS, steady and high, cost first',
    // 3,000 a second is 7.9 billion events a month: "More than 1 billion".
    says: { goal: 'cost', location: 'cloud', hardware: 'standard', cloud: 'aws', arrival: 'per-event', traffic: 'steady-high', volume: 'billions', runtime: 'sub-second', memory: 'moderate', team: 'little' },
    outcome: 'managed',
    headline: /^Managed services$/,
    reasons: ['Traffic shape: Steady and high around the clock.', 'Team capacity: Little or none.'],
    warnings: ['The bill that is not compute'],
    where: 'Where to run it on AWS',
    shortlist: 'Amazon ECS Express Mode (or ECS and EKS on Fargate); Lambda Managed Instances;',
    firstTable: 'aws',
    // Managed containers, AWS Fargate 1 vCPU + 2 GB at $0.04937 an hour, 730 hours:
    //   more than 1 billion events, middle sqrt(1e9 × 1e10) = 3.16 billion a month = 1,202 a second; 316 ms each, 1,024 MB
    //   (0.579 vCPU), half of it waiting: 1,202 × 0.316 × 0.5 × 0.579 = 110 busy vCPU on average.
    //   Steady and high: 1.5× for 8 hours (165 vCPU / 70 % = 236 tasks), 0.75× for 16 (82.5 / 70 % = 118 tasks):
    //   (8 × 236 + 16 × 118) / 24 = 157.33 tasks × 730 h × $0.04937 = $5,670 a month.
    cost: /^About \$5,670 a month for managed containers on AWS\. Your figures: 3\.16 billion events a month, 316 ms each, 1,024 MB\./,
  },
];

/** The team's full set of answers: what it says, and the first option of anything else the quiz asks. */
const answersOf = (team: Team): Answers => completeAnswers(team.says).answers;

/** Answers the quiz by keyboard, question by question, and opens the recommendation. */
async function takeQuiz(page: Page, answers: Answers): Promise<void> {
  const decision = decide(answers);
  await openQuiz(page);
  for (const question of decision.asked) await answerByKeyboard(page, { question, value: answers[question]! });
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  await page.waitForURL('**/quiz/result/**');
}

/** Console errors, uncaught exceptions and CSP violations on the page from now on. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  return problems;
}

/** Everything below the brief has arrived: the team's platform tables, and the cost panel or the reason it has none. */
async function belowArrived(page: Page, own: boolean): Promise<void> {
  await expect(page.locator('#platforms-live[data-view]')).toBeAttached();
  if (own) await expect(page.locator('#cost-panel-basis')).toContainText('No public price');
  else await expect(page.locator('#cost-panel-live [data-cost-live="true"]')).toBeAttached();
}

test.describe('three teams, each brief true for its answers', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const team of TEAMS) {
    test(team.name, async ({ page }) => {
      const problems = watch(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      const answers = answersOf(team);
      await takeQuiz(page, answers);
      expect(new URL(page.url()).pathname).toBe(`/quiz/result/${team.outcome}/`);
      const brief = page.locator('.result-brief');
      await expect(brief.locator('#your-result')).toHaveText(team.headline);

      // "From N answers": one line per answer below, under the three headings.
      const count = Number(/from (\d+) answers/.exec(await brief.innerText())?.[1]);
      const lines = page.locator('.result-rest details.result-fold .result-trace > li');
      const asked = decide(answers).asked;
      baseExpect(count, 'the count is the questions the team answered').toBe(asked.length);
      await expect(lines).toHaveCount(count);
      for (const question of asked) await expect(page.locator('.result-rest .trace-answer', { hasText: `${QUESTIONS[question].title}:` })).toHaveCount(1);

      // The strongest reasons, strongest first; each one is a line under "Why".
      const reasons = brief.locator('.brief-reasons > li');
      await expect(reasons).toHaveCount(team.reasons.length);
      for (const [i, reason] of team.reasons.entries()) {
        await expect(reasons.nth(i).locator('strong')).toHaveText(reason);
        await expect(page.locator('.result-rest details.result-fold').first().locator('.trace-answer', { hasText: reason.slice(0, -1) })).toHaveCount(1);
      }

      // Warnings: each once in the brief, each once in the full list below.
      const named = brief.locator('.brief-warnings > li > a');
      await expect(named).toHaveText(team.warnings);
      if (team.warnings.length === 0) await expect(brief).toContainText('None from these answers.');
      for (const title of team.warnings) await expect(page.locator('.result-warnings > li', { hasText: title })).toHaveCount(1);

      // The team's own cloud, named first.
      await expect(brief.getByRole('heading', { name: team.where })).toBeVisible();
      await expect(brief.getByRole('heading', { name: team.where }).locator('xpath=following-sibling::p[1]')).toContainText(team.shortlist);

      // The monthly cost at the team's own figures, or why there is none.
      await expect(brief.locator('.brief-cost')).toHaveText(team.cost);

      // Below the brief: the team's platform tables first, the others folded.
      await belowArrived(page, team.firstTable === 'own');
      const live = page.locator('#platforms-live');
      await expect(live).toHaveAttribute('data-view', team.firstTable);
      const open = live.locator(':scope > .platform-table, :scope > .platform-empty');
      await expect(open.first()).toHaveAttribute('data-provider', team.firstTable);
      // No other provider's table outside the fold: no AWS-first table for the Azure team, no public cloud for the data centre.
      for (const other of ['aws', 'azure', 'google-cloud', 'own'].filter((p) => p !== team.firstTable)) {
        await expect(live.locator(`:scope > [data-provider="${other}"]`)).toHaveCount(0);
      }
      await expect(live.locator('details.platform-fold [data-provider]').first()).toBeAttached();

      if (team.firstTable === 'own') {
        // No public price anywhere on the page as if it were theirs.
        await expect(page.locator('#cost-estimate').locator('xpath=ancestor::section[1]')).not.toContainText('$');
        await expect(page.locator('.cost-calculator')).toHaveCount(0);
        // The questions the path skipped, with what each would have checked: the timer batch's among them.
        const arrival = page.locator('#result-unasked li', { hasText: 'How work arrives' });
        await expect(arrival.getByRole('link', { name: /^Batch jobs on a timer/ })).toHaveCount(1);
        await expect(page.locator('.result-brief')).toContainText('questions with warnings of their own were not asked');
      } else {
        // The panel's fields hold the figures the brief states.
        await expect(page.locator('#cost-panel-events')).not.toHaveValue('');
        // GPU work: the panel's bills are said to be CPU and memory alone, never the team's bill.
        if (team.says.hardware === 'accelerator') await expect(page.locator('#cost-panel-basis')).toContainText('GPU time is not in the model');
        else await expect(page.locator('#cost-panel-basis')).not.toContainText('GPU');
      }
      baseExpect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

/** The longest briefs: many warnings and answers left open. */
const LONGEST: Answers[] = [
  // Found by sampling the answer space (18 warnings and conditions, three outcomes still open).
  { goal: 'cost', location: 'unsure', hardware: 'standard', cloud: 'unsure', arrival: 'unsure', duration: 'near-limit', workflow: 'long', payload: 'small', state: 'stateless', downstream: 'fixed', effects: 'once', loops: 'unsure', signals: 'unsure', permissions: 'unsure', traffic: 'variable', volume: 'millions', runtime: 'tens-of-seconds', memory: 'unsure', latency: 'interactive', portability: 'portable', team: 'unsure' },
  completeAnswers({ goal: 'both', location: 'cloud', arrival: 'timer-batches', duration: 'near-limit', state: 'managed-data', traffic: 'spiky', latency: 'interactive' }).answers,
];

for (const screen of [
  { name: 'one desktop screen', width: 1280, height: 900, screens: 1 },
  { name: 'two phone screens', width: 360, height: 640, screens: 2 },
] as const) {
  test(`the brief fits ${screen.name}, and what loads below it moves nothing on screen`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: screen.width, height: screen.height });
    // Layout shifts since navigation (the observer is installed before the page's own code runs).
    await page.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const answers of [...TEAMS.map(answersOf), ...LONGEST]) {
      const d = decide(answers);
      await page.goto(`/quiz/result/${d.outcome}/?a=${encodeAnswers(d.answers)}`);
      const brief = page.locator('.result-brief');
      await expect(brief).toBeVisible();
      await belowArrived(page, answers.location === 'on-premises');
      const box = (await brief.boundingBox())!;
      baseExpect(box.y + box.height, `${d.headline}: the brief ends within ${screen.name}`).toBeLessThanOrEqual(screen.screens * screen.height);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      const cls = shifts.reduce((a, b) => a + b, 0);
      baseExpect(cls, `${d.headline}: layout shift while the result, the platforms and the cost panel arrive (${shifts.join(', ')})`).toBeLessThan(0.01);
    }
  });
}
