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
 * Runs Lighthouse `runs` times and keeps the run with the median performance score.
 * @param {string} url @param {string} chromePath @param {number} runs
 */
export async function medianLighthouse(url, chromePath, runs) {
  /** @type {LighthouseRun[]} */
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await runLighthouse(url, chromePath));
  all.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return { median: /** @type {LighthouseRun} */ (all[Math.floor(all.length / 2)]), runs: all.length, performanceScores: all.map((r) => r.scores.performance) };
}
