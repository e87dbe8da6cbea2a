// Lighthouse 12 (node API) against Debian's Chromium, default settings:
// mobile emulation with simulated throttling. Each run gets a fresh browser.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--mute-audio',
];

/**
 * @typedef {object} LighthouseRun
 * @property {Record<string, number | null>} scores 0–100 per category
 * @property {number | null} lcpMs
 * @property {number | null} cls
 * @property {number | null} tbtMs
 * @property {Record<string, string[]>} failing audits scoring below 1 that count toward each category
 * @property {string[]} warnings
 */

/**
 * @param {string} url
 * @param {string} chromePath
 * @returns {Promise<LighthouseRun>}
 */
export async function runLighthouse(url, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    /** @type {Record<string, number | null>} */
    const scores = {};
    /** @type {Record<string, string[]>} */
    const failing = {};
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      scores[id] = category?.score == null ? null : Math.round(category.score * 100);
      failing[id] = (category?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit?.id} (${audit?.score})`);
    }
    const metric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? null;
    return {
      scores,
      lcpMs: metric('largest-contentful-paint'),
      cls: metric('cumulative-layout-shift'),
      tbtMs: metric('total-blocking-time'),
      failing,
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Runs Lighthouse `runs` times and keeps the run with the median performance
 * score; each run is one timed step (`step`, bench/lib/load.mjs), so its
 * load is kept with it.
 * @param {string} url @param {string} chromePath @param {number} runs
 * @param {<T>(name: string, run: () => Promise<T>) => Promise<{ result: T, load: any }>} [step]
 */
export async function medianLighthouse(url, chromePath, runs, step = async (_name, go) => ({ result: await go(), load: null })) {
  /** @type {(LighthouseRun & { load: any })[]} */
  const all = [];
  for (let i = 0; i < runs; i++) {
    const { result, load } = await step(`lighthouse ${new URL(url).pathname} (${i + 1}/${runs})`, () => runLighthouse(url, chromePath));
    all.push({ ...result, load });
  }
  const byPerformance = [...all].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return {
    median: /** @type {LighthouseRun & { load: any }} */ (byPerformance[Math.floor(byPerformance.length / 2)]),
    runs: all.length,
    performanceScores: all.map((r) => r.scores.performance),
    // Every run's scores and load, in the order they ran.
    all: all.map((r) => ({ scores: r.scores, lcpMs: r.lcpMs, cls: r.cls, tbtMs: r.tbtMs, load: r.load })),
  };
}
