// Quiz interaction latency, measured in the page: from the click that
// submits an answer (the event's timeStamp) to the first frame painted
// after the next question appears (a requestAnimationFrame callback, then a
// task posted from it, which runs after that frame is painted). Event
// Timing entries (PerformanceObserver "event", ≥ 16 ms) are kept as an
// INP-like cross-check. Several full runs until the review screen: the
// shortest answers to each outcome (from src/quiz), the first option and
// the last option on every screen.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FLOOR_HTML, FLOOR_PATH } from './floor.mjs';

/** In-page probe: installed before the quiz loads. */
function probe() {
  const w = /** @type {any} */ (window);
  w.__quiz = { samples: [], optionSamples: [], eventMax: null, t0: null, kind: null, nextStarts: [], nextTimings: [] };
  const q = w.__quiz;
  document.addEventListener(
    'click',
    (event) => {
      const target = /** @type {Element} */ (event.target);
      if (target.closest?.('button[type="submit"]')) {
        // Marks for the trace (main-thread CPU per answer, see stepCpu).
        performance.mark('bench-next');
        q.t0 = event.timeStamp;
        q.kind = 'next';
        q.nextStarts.push(event.timeStamp);
      } else if (target.closest?.('label, input[type="radio"]')) {
        q.t0 = event.timeStamp;
        q.kind = 'option';
      }
    },
    true,
  );
  const painted = (/** @type {string} */ kind, /** @type {number} */ t0) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        (kind === 'next' ? q.samples : q.optionSamples).push(performance.now() - t0);
        if (kind === 'next') performance.mark('bench-painted');
      };
      channel.port2.postMessage(null);
    });
  new MutationObserver(() => {
    if (q.t0 === null) return;
    const t0 = q.t0;
    const kind = q.kind;
    q.t0 = null;
    painted(kind, t0);
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['checked', 'class', 'aria-checked'] });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        q.eventMax = Math.max(q.eventMax ?? 0, entry.duration);
        // The Next click's own entry: its start is the click's timeStamp.
        if (entry.name === 'click' && q.nextStarts.some((/** @type {number} */ t) => Math.abs(t - entry.startTime) < 1)) q.nextTimings.push(entry.duration);
      }
    }).observe(/** @type {any} */ ({ type: 'event', durationThreshold: 16, buffered: true }));
  } catch {
    // Event Timing unsupported: the rAF measurement still stands.
  }
}

/**
 * A click as a person makes it: the pointer pressed on the element's middle,
 * held 80 ms, released. Raw input, not locator.click(), whose hit-target
 * check runs script in the page during the click and so inside the time
 * measured (it added about 5 ms at 4× slowdown here). The element is
 * scrolled into view and left to settle first, outside the measurement.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').Locator} target
 */
async function humanClick(page, target) {
  await target.scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
  const box = await target.boundingBox();
  if (!box) throw new Error('bench: the element to click has no box');
  await page.mouse.click(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2, { delay: 80 });
}

/** More screens than any run can meet: the loop ends at the review, this only stops a quiz that never does. */
const MAX_STEPS = 100;

/** @param {number[]} values */
export function stats(values) {
  if (values.length === 0) return { medianMs: null, worstMs: null, meanMs: null, count: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return {
    medianMs: median ?? 0,
    worstMs: sorted[sorted.length - 1] ?? 0,
    meanMs: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
    count: sorted.length,
  };
}

/**
 * @typedef {{ question: string | null, values: string[], step: number }} Step what is on screen
 * @typedef {[name: string, choose: (step: Step) => string]} Plan a run: which option value to pick on each screen
 */

/**
 * The runs, derived from the quiz's own data (src/quiz) so new questions or
 * options need no change here: the machine's shortest answers to each
 * outcome, then the first option on every screen and the last ("Not sure"
 * today) on every screen. Without src/quiz only the last two run.
 * @param {string} root the project
 * @returns {Promise<Plan[]>}
 */
export async function quizPlans(root) {
  /** @type {Plan[]} */
  const plans = [];
  try {
    const quiz = await import(pathToFileURL(join(root, 'src', 'quiz', 'index.ts')).href);
    for (const outcome of quiz.OUTCOME_ORDER) {
      /** @type {{ question: string, value: string }[]} */
      const pairs = quiz.shortestPathTo(outcome);
      if (pairs.length === 0) continue;
      const route = new Map(pairs.map((p) => [p.question, p.value]));
      plans.push([`shortest answers to "${outcome}"`, ({ question, values }) => {
        const value = question === null ? undefined : route.get(question);
        return value !== undefined && values.includes(value) ? value : /** @type {string} */ (values[0]);
      }]);
    }
  } catch (error) {
    process.stdout.write(`[bench] quiz routes from src/quiz unavailable (${error instanceof Error ? error.message.split('\n')[0] : error}); generic runs only\n`);
  }
  plans.push(['first option', ({ values }) => /** @type {string} */ (values[0])]);
  plans.push(['last option', ({ values }) => /** @type {string} */ (values[values.length - 1])]);
  return plans;
}

/**
 * Main-thread CPU time of each answer, from a trace of the run: every task
 * on the page's main thread from the one that holds the Next click to the
 * one that reads the paint (the probe's marks), as thread time (tdur), which
 * does not grow while other processes hold the CPU, so it tells a slower
 * quiz from a busier machine. Only without throttling: Chromium's CPU
 * throttling counts in thread time too.
 * @param {any[]} events trace events
 * @returns {number[]} milliseconds per answer
 */
export function stepCpu(events) {
  const marks = events.filter((e) => e.name === 'bench-next' || e.name === 'bench-painted').sort((a, b) => a.ts - b.ts);
  const first = marks[0];
  if (!first) return [];
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === first.pid && e.tid === first.tid);
  /** @type {number[]} */
  const out = [];
  marks.forEach((mark, i) => {
    const end = mark.name === 'bench-next' ? marks.slice(i + 1).find((m) => m.name === 'bench-painted') : undefined;
    if (!end) return;
    const cpu = tasks.filter((t) => t.ts + t.dur >= mark.ts && t.ts <= end.ts).reduce((sum, t) => sum + (t.tdur ?? 0), 0);
    out.push(cpu / 1000);
  });
  return out;
}

/**
 * One page (and CPU rate) of runs.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {number} cpuRate 1 = no throttling
 * @param {Plan[]} plans
 * @param {string} [path] the page: the quiz, or the bare floor page (floor.mjs), which has no island
 */
export async function runAll(browser, origin, cpuRate, plans, path = '/quiz/') {
  /** @type {number[]} */
  const samples = [];
  /** @type {number[]} */
  const optionSamples = [];
  /** @type {number[]} */
  const nextTimings = [];
  /** @type {number[]} */
  const firstSamples = [];
  /** @type {number[]} */
  const cpuSamples = [];
  let nextClicks = 0;
  let eventMax = /** @type {number | null} */ (null);
  const runs = [];
  for (const [name, choose] of plans) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (cpuRate > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    }
    await page.addInitScript(probe);
    if (path === FLOOR_PATH) await page.route(`${origin}${FLOOR_PATH}`, (route) => route.fulfill({ contentType: 'text/html', body: FLOOR_HTML }));
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (path !== FLOOR_PATH) await page.waitForFunction(() => document.querySelector('astro-island') !== null && !document.querySelector('astro-island[ssr]'));
    if (cpuRate === 1) await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'disabled-by-default-devtools.timeline'] });
    let steps = 0;
    // Every question the run's answers lead to, then the review (the cap only stops a quiz that never ends).
    for (; steps < MAX_STEPS; steps++) {
      // The quiz step: the form that holds a fieldset (the header's search form has none).
      const form = page.locator('form:has(fieldset)').first();
      const fieldset = form.locator('fieldset').first();
      if (!(await fieldset.isVisible().catch(() => false))) break;
      const before = await page.evaluate(() => /** @type {any} */ (window).__quiz.samples.length);
      const legend = await fieldset.locator('legend').innerText();
      // The question id from the radios' name ("q-<id>"), the options from their values.
      const radios = fieldset.locator('input[type="radio"]');
      const values = await radios.evaluateAll((els) => els.map((el) => /** @type {HTMLInputElement} */ (el).value));
      if (values.length === 0) break;
      const name = (await radios.first().getAttribute('name')) ?? '';
      const question = name.startsWith('q-') ? name.slice(2) : null;
      const value = choose({ question, values, step: steps });
      await humanClick(page, fieldset.locator(`label[for="${await radios.nth(values.indexOf(value)).getAttribute('id')}"]`));
      await humanClick(page, form.locator('button[type="submit"]'));
      await page.waitForFunction(
        ({ n }) => /** @type {any} */ (window).__quiz.samples.length > n,
        { n: before },
        { timeout: 10_000 },
      );
      // The screen changed: a new question, or the review.
      await page.waitForFunction((text) => document.querySelector('form fieldset legend')?.textContent?.trim() !== text.trim(), legend, { timeout: 10_000 });
    }
    if (cpuRate === 1) cpuSamples.push(...stepCpu(JSON.parse((await browser.stopTracing()).toString()).traceEvents ?? []));
    const result = await page.evaluate(() => /** @type {any} */ (window).__quiz);
    // The first answer after page load: the one that used to wait for the engine.
    if (result.samples.length > 0) firstSamples.push(result.samples[0]);
    samples.push(...result.samples);
    optionSamples.push(...result.optionSamples);
    nextTimings.push(...result.nextTimings);
    nextClicks += result.nextStarts.length;
    if (result.eventMax !== null) eventMax = Math.max(eventMax ?? 0, result.eventMax);
    runs.push({ strategy: name, answers: steps, reachedReview: await page.getByRole('heading', { name: /review/i }).isVisible().catch(() => false) });
    await context.close();
  }
  return { samples, firstSamples, cpuSamples, optionSamples, eventMax, runs, nextTimings, nextClicks };
}

/**
 * The same clicks on the bare step page (floor.mjs), with the runs that need
 * no quiz routes (the first and the last option on every screen).
 * @param {import('@playwright/test').Browser} browser @param {string} origin @param {number} cpuRate @param {Plan[]} plans
 */
export function runFloor(browser, origin, cpuRate, plans) {
  return runAll(browser, origin, cpuRate, plans.filter(([name]) => name === 'first option' || name === 'last option'), FLOOR_PATH);
}

/**
 * Event Timing per Next click: the entry's duration runs from the click's
 * timeStamp to the paint after its handlers (the quiz renders inside them),
 * in 8 ms steps. A click with no entry stayed under the 16 ms threshold and
 * counts as 16 ms, an upper bound.
 * @param {{ nextTimings: number[], nextClicks: number }} run
 */
function nextEventTiming(run) {
  const under = Math.max(0, run.nextClicks - run.nextTimings.length);
  return { ...stats([...run.nextTimings, ...Array(under).fill(16)]), underThreshold: under };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {string} root the project (its src/quiz gives the routes)
 * @param {<T>(name: string, run: () => Promise<T>) => Promise<{ result: T, load: any }>} [step] runs one timed step (bench/lib/load.mjs), or just runs it
 */
export async function measureQuiz(browser, origin, root, step = async (_name, run) => ({ result: await run(), load: null })) {
  const plans = await quizPlans(root);
  const { result: plain, load: plainLoad } = await step('quiz, no throttling', () => runAll(browser, origin, 1, plans));
  const { result: slow, load: slowLoad } = await step('quiz, 4× slowdown', () => runAll(browser, origin, 4, plans));
  const { result: floorSlow, load: floorLoad } = await step('bare step page, 4× slowdown', () => runFloor(browser, origin, 4, plans));
  if (plain.samples.length === 0) return { skipped: 'no answer could be submitted (the quiz markup may have changed: bench/lib/quiz.mjs expects a form with a fieldset of radio labels and a submit button).' };
  return {
    method:
      'Time from the click on Next (which submits the chosen answer) to the first frame painted after the next question appears: the click event\'s timeStamp, then a MutationObserver, a requestAnimationFrame and a task posted from it. Runs: ' +
      `${plain.runs.map((r) => `${r.strategy} (${r.answers} answers${r.reachedReview ? ', reached the review' : ''})`).join('; ')}, each through every question its answers lead to, up to the review. ` +
      'Measured without throttling on this machine, and again with Chromium\'s 4× CPU slowdown (mobile-like). "First answer" is the first Next after the page loaded (the engine loads when the page is idle, so it should find it there). "Main-thread CPU" is the thread time of the tasks between the click and the paint, read from a trace of the unthrottled runs: it does not grow when other processes hold the CPU, so it tells a slower quiz from a busier machine (the trace makes those runs a little slower; reports before 2026-12-03 were not traced). "Option click" is the click on an answer\'s label until the frame after the page reacts, counted only when the DOM changes. Clicks are made as a person makes them (pointer pressed on the element, held 80 ms, released) with raw input rather than Playwright\'s locator.click(), whose hit-target check runs script in the page during the click; reports before 2026-11-28 used locator.click(). "Event Timing" is the Next click\'s own Event Timing entry (from the click to the paint after its handlers, in 8 ms steps; a click under the 16 ms threshold counts as 16). The probe\'s task after the frame also waits for work queued for after the paint (Preact runs effects, such as moving focus, in a task posted from its own animation frame callback), so it reads a little high. The last column is the longest Event Timing entry of any kind (click, pointer, key) over 16 ms.',
    ...stats(plain.samples),
    samples: plain.samples,
    first: stats(plain.firstSamples),
    cpu: stats(plain.cpuSamples),
    optionClick: stats(plain.optionSamples),
    eventTimingMaxMs: plain.eventMax,
    nextEventTiming: nextEventTiming(plain),
    runs: plain.runs,
    load: plainLoad,
    throttled4x: {
      ...stats(slow.samples),
      samples: slow.samples,
      first: stats(slow.firstSamples),
      optionClick: stats(slow.optionSamples),
      eventTimingMaxMs: slow.eventMax,
      nextEventTiming: nextEventTiming(slow),
      load: slowLoad,
    },
    /** The same probe on a bare page (bench/lib/floor.mjs) at 4×: the browser's and the measurement's share of a step. */
    floor4x: { ...stats(floorSlow.samples), samples: floorSlow.samples, load: floorLoad },
  };
}
