// Cost recompute latency on /cost/, measured in the page: from an input
// event on a field of the server-rendered form (performance.now() just
// before dispatching it) to the first frame painted after the estimate
// (.cost-calculator, hydrated by src/components/cost/start.ts) has
// re-rendered the summary, chart and tables (a MutationObserver on it, a
// requestAnimationFrame, then a task posted from it, which runs after that
// frame is painted). The tables load after startup as their own chunk; the
// warm-up round waits until they are on the page, so every measured
// recompute redraws them too. Each sample types a different value so every
// recompute does real work: the model on each provider, the two 120-step
// break-even scans, 41 curve points, the SVG paths and the three tables.

/** Values typed into the fields, one recompute each. */
const VALUES = /** @type {Array<[string, string]>} */ ([
  ['events', '10000'],
  ['events', '250000'],
  ['events', '3000000'],
  ['events', '40000000'],
  ['events', '500000000'],
  ['events', '7000000000'],
  ['durationMs', '50'],
  ['durationMs', '1200'],
  ['durationMs', '90000'],
  ['memoryMb', '128'],
  ['memoryMb', '1769'],
  ['memoryMb', '10240'],
  ['ioWait', '0'],
  ['ioWait', '35'],
  ['ioWait', '95'],
  ['vmHourly', '0.02'],
  ['vmHourly', '0.4'],
  ['events', '5000000'],
]);

/**
 * Runs inside the page: types each value and resolves with one sample per value.
 * @param {Array<[string, string]>} values
 */
async function typeAll(values) {
  const root = document.querySelector('.cost-calculator');
  if (!root) throw new Error('no .cost-calculator on the page');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  /** @type {Array<[number, number]>} */
  const samples = [];
  for (const [field, value] of values) {
    const input = /** @type {HTMLInputElement | null} */ (document.getElementById(`cost-${field}`));
    if (!input || !setter) throw new Error(`no field cost-${field}`);
    const sample = await new Promise((resolve) => {
      let t0 = 0;
      const observer = new MutationObserver(() => {
        observer.disconnect();
        // The estimate has committed its new DOM: that is the recompute itself.
        const computed = performance.now() - t0;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve([computed, performance.now() - t0]);
          channel.port2.postMessage(null);
        });
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      t0 = performance.now();
      setter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    samples.push(/** @type {[number, number]} */ (sample));
    // Let the page settle between samples (URL update, layout).
    await new Promise((r) => setTimeout(r, 50));
  }
  return samples;
}

/** @param {number[]} values */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] ?? 0 : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { medianMs: median, worstMs: sorted.at(-1) ?? 0, count: sorted.length };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {number} cpuRate
 */
async function run(browser, origin, cpuRate) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (cpuRate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  }
  await page.goto(`${origin}/cost/`, { waitUntil: 'load' });
  await page.waitForSelector('[data-cost-live="true"]', { timeout: 20_000 });
  await page.waitForSelector('.cost-calculator #compare-providers', { timeout: 20_000 });
  // One warm-up round (JIT, first layout of each table size), then the measured rounds.
  await page.evaluate(typeAll, VALUES);
  /** @type {Array<[number, number]>} */
  const samples = [];
  for (let round = 0; round < 3; round++) samples.push(...(await page.evaluate(typeAll, VALUES)));
  await context.close();
  return { computed: samples.map((s) => s[0]), painted: samples.map((s) => s[1]) };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {<T>(name: string, run: () => Promise<T>) => Promise<{ result: T, load: any }>} [step] runs one timed step (bench/lib/load.mjs), or just runs it
 */
export async function measureCost(browser, origin, step = async (_name, go) => ({ result: await go(), load: null })) {
  const { result: plain, load: plainLoad } = await step('cost, no throttling', () => run(browser, origin, 1));
  const { result: slow, load: slowLoad } = await step('cost, 4× slowdown', () => run(browser, origin, 4));
  return {
    method:
      'Recompute: time from an input event on a cost field (performance.now() before dispatching it) to the estimate committing its new DOM (summary, break-even scan, chart and tables), seen by a MutationObserver on it. Painted: until the first frame painted after that (a requestAnimationFrame and a task posted from it), so it includes layout, paint and the wait for the next frame. ' +
      `${VALUES.length} different values per round, one warm-up round and 3 measured rounds, without throttling and with Chromium's 4× CPU slowdown.`,
    // The headline figure is the recompute (event → new DOM committed); "painted" adds layout, paint and the wait for the next frame.
    ...stats(plain.computed),
    samples: plain.computed,
    painted: stats(plain.painted),
    load: plainLoad,
    throttled4x: { ...stats(slow.computed), samples: slow.computed, painted: stats(slow.painted), load: slowLoad },
  };
}
