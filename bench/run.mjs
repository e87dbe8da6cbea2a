// The benchmark: page weight, request counts, Lighthouse scores, quiz
// interaction latency and build cost (real site and generated sites of
// many articles). Works offline with Debian's Chromium (CHROME_PATH).
// Writes bench/REPORT.md and bench/report.json. Run with `npm run bench`.
//
// Every timed step (each Lighthouse run, the quiz and cost timings at each
// CPU rate, each build) runs through bench/lib/load.mjs: it waits for other
// processes to quieten, records the load average before and after and the
// share of the CPUs other processes used, and measures again when that share
// was above the threshold; the report shows every figure with its load and
// beside the report it replaces.
//
// Knobs (environment): CHROME_PATH, BENCH_SIZES (default "10,100,1000"),
// BENCH_LH_RUNS (default 3: the median of three runs per page type), BENCH_BUILD_RUNS (default 3),
// BENCH_BUSY_SHARE (default 0.25), BENCH_ATTEMPTS (default 2), BENCH_QUIET_WAIT (seconds, default 60), BENCH_KEEP=1
// keeps bench/tmp/ for inspection, BENCH_BASELINE=<report.json> compares with that report instead of the
// one being replaced. `node bench/run.mjs --render` only rewrites REPORT.md from report.json (after a
// change to bench/lib/report.mjs, or with BENCH_BASELINE to attach a different "before").
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem, type, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './lib/measure.mjs';
import { clearBuildOutput, copySite, liftNumberCap } from './lib/site-copy.mjs';
import { readVocabulary, writeSyntheticArticles } from './lib/synthetic.mjs';
import { countRequests, launchBrowser } from './lib/browser.mjs';
import { medianLighthouse, CATEGORIES } from './lib/lighthouse.mjs';
import { measureQuiz } from './lib/quiz.mjs';
import { measureCost } from './lib/cost.mjs';
import { renderReport } from './lib/report.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { readBaseline } from './lib/baseline.mjs';
import { ATTEMPTS, BUSY_SHARE, CPUS, QUIET_WAIT, timedStep } from './lib/load.mjs';
import { pageWeight, size } from '../tests/support/page-weight.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = join(ROOT, 'bench', 'tmp');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number).filter((n) => n > 0);
const LH_RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 3));
// Each generated site is built this many times from cold and the median kept:
// one build of 10 or 100 articles differs from the next by ±0.3 s, which is a
// third of the 10→100 step the growth ratio divides by.
const BUILD_RUNS = Math.max(1, Number(process.env.BENCH_BUILD_RUNS ?? 3));
const BIN = join(ROOT, 'node_modules', '.bin');
const ENV = { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };

/** Page types with a fixed address; articles and result pages are found in the build. */
const FIXED_PAGES = [
  { type: 'home', path: '/' },
  { type: 'quiz', path: '/quiz/' },
  { type: 'map', path: '/quiz/map/' },
  { type: 'cost', path: '/cost/' },
  { type: 'assess', path: '/assess/' },
  { type: 'search', path: '/search/' },
  // The not-found page at its own address: a host answers a missing address
  // with it and status 404, which Lighthouse's SEO audit fails on any page.
  { type: '404', path: '/404.html' },
];

/**
 * The page types to weigh in a built site: the fixed ones, one article (the
 * first in the guide's order, i.e. the lowest-numbered folder name sorted),
 * and every quiz result page that was built, so new pages or outcomes need
 * no change here.
 * @param {string} dist
 */
function pageTypes(dist) {
  const dirs = (/** @type {string} */ sub) =>
    existsSync(join(dist, sub)) ? readdirSync(join(dist, sub)).filter((n) => existsSync(join(dist, sub, n, 'index.html'))).sort() : [];
  const articles = dirs('antipatterns');
  // The database article is the reference article of earlier reports; keep it when it exists.
  const article = articles.includes('database-dependency') ? 'database-dependency' : articles[0];
  return [
    ...FIXED_PAGES.slice(0, 1),
    ...(article ? [{ type: 'article', path: `/antipatterns/${article}/` }] : []),
    ...FIXED_PAGES.slice(1, 3),
    ...dirs('quiz/result').map((outcome) => ({ type: `result (${outcome})`, path: `/quiz/result/${outcome}/` })),
    ...FIXED_PAGES.slice(3),
  ];
}

/**
 * Gzip bytes a first visit downloads before the page is interactive: the
 * HTML (inline CSS and scripts included) plus each linked stylesheet and
 * startup script file, gzipped one by one as a static host serves them.
 * @param {string} dist @param {{ html: { gzip: number }, cssFiles: string[], jsFiles: string[] }} weight
 */
function startupGzip(dist, weight) {
  return weight.html.gzip + [...weight.cssFiles, ...weight.jsFiles].reduce((total, path) => total + size(readFileSync(join(dist, path))).gzip, 0);
}

/** @type {string[]} */
const notes = [];
const log = (/** @type {string} */ msg) => process.stdout.write(`[bench] ${msg}\n`);
/** One timed step under the load rule (bench/lib/load.mjs). @type {<T>(name: string, run: () => Promise<T>) => Promise<{ result: T, load: any }>} */
const step = (name, run) => timedStep(name, run, log);

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function machine() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = `not runnable at ${CHROME}`;
  }
  const lighthouse = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  return {
    cpus: cpus().length,
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    chromium,
    lighthouse,
    os: `${type()} ${release()}`,
  };
}

/** @param {string} dir */
function distStats(dir) {
  let pages = 0;
  let bytes = 0;
  const walk = (/** @type {string} */ d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else {
        bytes += st.size;
        if (name.endsWith('.html') && !path.includes(`${join(dir, 'pagefind')}`)) pages++;
      }
    }
  };
  walk(dir);
  return { pages, distMb: bytes / 1024 ** 2 };
}

/**
 * Builds a site folder: astro build, then pagefind, each measured.
 * @param {string} dir @param {string} site @param {number} articles @param {string} siteUrl
 */
async function buildSite(dir, site, articles, siteUrl) {
  const env = { ...ENV, SITE_URL: siteUrl };
  log(`building ${site} (${articles} articles)…`);
  const { result: both, load } = await step(`build ${site}`, async () => {
    // Every attempt from cold, as the first one: output and build caches removed.
    clearBuildOutput(dir);
    const astro = await measure(join(BIN, 'astro'), ['build'], { cwd: dir, env });
    const pagefind = astro.exitCode === 0 ? await measure(join(BIN, 'pagefind'), ['--site', 'dist', '--output-subdir', 'pagefind'], { cwd: dir, env }) : null;
    return { astro, pagefind };
  });
  const { astro, pagefind } = both;
  if (astro.exitCode !== 0 || pagefind === null) {
    log(astro.outputTail);
    return { site, articles, error: `astro build exited ${astro.exitCode}`, outputTail: astro.outputTail, load };
  }
  if (pagefind.exitCode !== 0) return { site, articles, error: `pagefind exited ${pagefind.exitCode}`, outputTail: pagefind.outputTail, load };
  const totalSeconds = astro.seconds + pagefind.seconds;
  const stats = distStats(join(dir, 'dist'));
  const articlesDir = join(dir, 'dist', 'antipatterns');
  const firstArticle = readdirSync(articlesDir).filter((n) => existsSync(join(articlesDir, n, 'index.html'))).sort()[0];
  const articleHtml = firstArticle ? size(readFileSync(join(articlesDir, firstArticle, 'index.html'))) : null;
  const result = {
    site,
    articles,
    pages: stats.pages,
    distMb: stats.distMb,
    articlePage: articleHtml ? { path: `/antipatterns/${firstArticle}/`, ...articleHtml } : null,
    astro: { seconds: astro.seconds, peakTreeMb: astro.peakTreeMb, maxProcessMb: astro.maxProcessMb },
    pagefind: { seconds: pagefind.seconds, peakTreeMb: pagefind.peakTreeMb, maxProcessMb: pagefind.maxProcessMb },
    totalSeconds,
    load,
    msPerArticle: (totalSeconds * 1000) / articles,
    peakTreeMb: Math.max(astro.peakTreeMb, pagefind.peakTreeMb),
    maxProcessMb: Math.max(astro.maxProcessMb ?? 0, pagefind.maxProcessMb ?? 0) || null,
  };
  log(`  ${site}: ${totalSeconds.toFixed(1)} s, peak ${result.peakTreeMb.toFixed(0)} MiB, ${stats.pages} pages`);
  return result;
}

/** The run with the median total time; a failed run wins, so failures are reported. @param {any[]} runs */
function medianBuild(runs) {
  const failed = runs.find((r) => r.error);
  if (failed) return failed;
  const sorted = [...runs].sort((a, b) => a.totalSeconds - b.totalSeconds);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Marginal build cost per article between consecutive generated sizes. @param {any[]} builds */
function growth(builds) {
  const ok = builds.filter((b) => b.site.startsWith('generated') && !b.error).sort((a, b) => a.articles - b.articles);
  if (ok.length < 2) return null;
  const steps = [];
  for (let i = 1; i < ok.length; i++) {
    const a = ok[i - 1];
    const b = ok[i];
    steps.push({
      from: a.articles,
      to: b.articles,
      msPerAddedArticle: ((b.totalSeconds - a.totalSeconds) * 1000) / (b.articles - a.articles),
      mbPerAddedArticle: (b.peakTreeMb - a.peakTreeMb) / (b.articles - a.articles),
      distKbPerAddedArticle: ((b.distMb - a.distMb) * 1024) / (b.articles - a.articles),
    });
  }
  const first = steps[0];
  const last = steps[steps.length - 1];
  // Linear (or better) when adding articles at the large end costs no more
  // per article than at the small end, with 25 % allowance for noise.
  const ratio = last && first ? last.msPerAddedArticle / first.msPerAddedArticle : 1;
  const linear = ratio <= 1.25;
  const outputRatio = last && first ? last.distKbPerAddedArticle / first.distKbPerAddedArticle : 1;
  const explanation =
    `Growth: ${steps.map((s) => `${s.from}→${s.to} articles costs ${s.msPerAddedArticle.toFixed(0)} ms, ${s.mbPerAddedArticle.toFixed(2)} MiB of peak memory and ${s.distKbPerAddedArticle.toFixed(0)} KiB of output per added article`).join('; ')}. ` +
    `The last step's build time per added article is ${ratio.toFixed(2)}× the first's, so build time grows ${linear ? 'linearly or better (≤ 1.25×)' : 'faster than linearly (> 1.25×)'}. ` +
    `Output per added article is ${outputRatio.toFixed(2)}× the first step's${outputRatio > 1.25 ? ', so the output grows faster than linearly' : ''}; ` +
    `one article page is ${ok.map((b) => `${((b.articlePage?.raw ?? 0) / 1024).toFixed(0)} KiB (${((b.articlePage?.gzip ?? 0) / 1024).toFixed(1)} KiB gzip) at ${b.articles}`).join(', ')} articles.`;
  return { steps, ratio, linear, outputRatio, explanation };
}

/** The commit measured, when the project is a git checkout. */
function commit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** `--render`: REPORT.md again from report.json, without measuring. */
function renderOnly() {
  const path = join(ROOT, 'bench', 'report.json');
  if (!existsSync(path)) throw new Error('bench --render: bench/report.json does not exist; run npm run bench first');
  const report = JSON.parse(readFileSync(path, 'utf8'));
  if (process.env.BENCH_BASELINE) report.baseline = readBaseline(process.env.BENCH_BASELINE);
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench', 'REPORT.md'), renderReport(report));
  log(`rewrote bench/REPORT.md from bench/report.json${report.baseline ? ` (before: ${report.baseline.date})` : ''}`);
}

async function main() {
  const started = new Date();
  // Read before this run replaces it.
  const baseline = readBaseline(join(ROOT, 'bench', 'report.json'));
  const measuredCommit = commit();
  mkdirSync(TMP, { recursive: true });
  const info = machine();
  const loadStart = loadavg()[0] ?? 0;
  log(`node ${info.node}, ${info.chromium}, ${info.cpus} CPUs`);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;

  // 1. The real site, copied so the project's dist/ is left alone.
  const realDir = copySite(ROOT, join(TMP, 'site'));
  const articlesHere = readdirSync(join(ROOT, 'content', 'antipatterns')).filter((f) => f.endsWith('.mdx')).length;
  /** @type {any[]} */
  const builds = [await buildSite(realDir, 'real site', articlesHere, origin)];
  const realBuild = builds[0];

  /** @type {any[]} */
  const pages = [];
  /** @type {any} */
  let quiz = { skipped: 'the real site did not build' };
  /** @type {any} */
  let cost = { skipped: 'the real site did not build' };
  if (realBuild && !realBuild.error) {
    const dist = join(realDir, 'dist');
    const { child: server } = await startStaticServer(dist, port);
    const browser = await launchBrowser(CHROME);
    try {
      for (const { type, path } of pageTypes(dist)) {
        const file = path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
        if (!existsSync(file)) {
          pages.push({ type, path, skipped: 'not built yet' });
          notes.push(`Page type "${type}" (${path}) is not built yet, so it was skipped.`);
          continue;
        }
        log(`measuring ${type} ${path}`);
        /** @type {any} */
        let weight;
        try {
          weight = pageWeight(dist, path, readFileSync(file, 'utf8'));
          weight.startupGzip = startupGzip(dist, weight);
        } catch (error) {
          pages.push({ type, path, skipped: `could not be measured: ${error instanceof Error ? error.message : error}` });
          continue;
        }
        const load = await countRequests(browser, origin + path);
        /** @type {any} */
        let lighthouse;
        try {
          const lh = await medianLighthouse(origin + path, CHROME, LH_RUNS, step);
          lighthouse = { ...lh.median, performanceScores: lh.performanceScores, runs: lh.all };
          log(`  lighthouse ${JSON.stringify(lh.median.scores)}`);
        } catch (error) {
          lighthouse = { error: error instanceof Error ? error.message : String(error) };
          log(`  lighthouse failed: ${lighthouse.error}`);
        }
        pages.push({ type, path, weight, load, lighthouse });
      }
      quiz = existsSync(join(dist, 'quiz', 'index.html'))
        ? await measureQuiz(browser, origin, realDir, step).catch((error) => ({
            // eslint-disable-next-line no-control-regex
            skipped: `the measurement failed: ${String(error instanceof Error ? error.message : error).replace(/\u001b\[\d+m/g, '').split('\n')[0]}`,
          }))
        : { skipped: 'the quiz page (/quiz/) is not built yet.' };
      if (quiz.skipped) notes.push(`Quiz interaction not measured: ${quiz.skipped}`);
      cost = existsSync(join(dist, 'cost', 'index.html'))
        ? await measureCost(browser, origin, step).catch((error) => ({
            // eslint-disable-next-line no-control-regex
            skipped: `the measurement failed: ${String(error instanceof Error ? error.message : error).replace(/\u001b\[\d+m/g, '').split('\n')[0]}`,
          }))
        : { skipped: 'the cost page (/cost/) is not built yet.' };
      if (cost.skipped) notes.push(`Cost recompute not measured: ${cost.skipped}`);
    } finally {
      await browser.close();
      server.kill();
    }
  }

  /**
   * Writes bench/report.json and bench/REPORT.md from what is measured so
   * far: after the real site, after each generated size, and at the end, so
   * an interrupted run still leaves its figures (marked partial).
   * @param {string | null} pending what is still to run, or null when done
   */
  const save = (pending) => {
    const growthResult = growth(builds);

    // 3. Goals.
    const measured = pages.filter((p) => !p.skipped && p.lighthouse && !p.lighthouse.error);
    const lowest = Object.fromEntries(CATEGORIES.map((c) => [c, Math.min(...measured.map((p) => p.lighthouse.scores[c] ?? 0))]));
    const goals = [
      {
        goal: 'Lighthouse 100 in all four categories',
        target: '100 / 100 / 100 / 100 on every page type built',
        measured: measured.length ? `lowest: ${CATEGORIES.map((c) => `${c} ${lowest[c]}`).join(', ')} (${measured.length} page types)` : 'no page measured',
        met: measured.length ? CATEGORIES.every((c) => lowest[c] === 100) : null,
      },
      {
        goal: 'Quiz step in one frame',
        target: 'click → next question painted, 4× CPU slowdown: median ≤ 16 ms, no answer over 50 ms (the first after load included)',
        measured: quiz.skipped
          ? `not measured (${quiz.skipped.split('\n')[0]})`
          : `4× slowdown: median ${quiz.throttled4x.medianMs?.toFixed(1)} ms, worst ${quiz.throttled4x.worstMs?.toFixed(1)} ms, first answer median ${quiz.throttled4x.first?.medianMs?.toFixed(1)} ms (Event Timing median ${quiz.throttled4x.nextEventTiming.medianMs} ms); no throttling: median ${quiz.medianMs.toFixed(1)} ms, main-thread CPU median ${quiz.cpu?.medianMs?.toFixed(1)} ms (${quiz.samples.length} answers each)`,
        met: quiz.skipped ? null : quiz.throttled4x.medianMs <= 16 && quiz.throttled4x.worstMs <= 50,
      },
      {
        goal: 'Cost recompute',
        target: 'one recompute (input event → estimate, chart and tables re-rendered) < 16 ms',
        measured: cost.skipped ? `not measured (${cost.skipped.split('\n')[0]})` : `median ${cost.medianMs.toFixed(1)} ms, worst ${cost.worstMs.toFixed(1)} ms (${cost.count} recomputes; painted median ${cost.painted.medianMs.toFixed(1)} ms; with 4× CPU slowdown: median ${cost.throttled4x.medianMs.toFixed(1)} ms)`,
        met: cost.skipped ? null : cost.medianMs < 16,
      },
      {
        goal: 'Linear build growth',
        target: 'time per added article at the largest size ≤ 1.25× that at the smallest',
        measured: growthResult ? `${growthResult.ratio.toFixed(2)}×` : 'not enough generated sites built',
        met: growthResult ? growthResult.linear : null,
      },
    ];

    const report = {
      date: started.toISOString(),
      commit: measuredCommit,
      baseline,
      durationSeconds: (Date.now() - started.getTime()) / 1000,
      machine: info,
      loadRule: { cpus: CPUS, busyShare: BUSY_SHARE, attempts: ATTEMPTS, quietWaitSeconds: QUIET_WAIT, loadAtStart: loadStart },
      lighthouseRuns: LH_RUNS,
      buildRuns: BUILD_RUNS,
      goals,
      pages,
      quiz,
      cost,
      builds,
      growth: growthResult,
      notes: [
        ...notes,
        `The site was built in a copy under bench/tmp/ with SITE_URL=${origin} and served by bench/lib/serve.mjs (gzip, long cache for /_astro/), like a static host.`,
        'Generated sites keep the real articles (the quiz and the guide link to them, and the build checks those links) and add synthetic ones up to N; the schema\'s cap on article numbers (max 99) is lifted in the copy only.',
      ],
    };
    writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(ROOT, 'bench', 'REPORT.md'), renderReport(report));
    if (pending) report.notes.unshift(`Partial report: ${pending} had not run yet when this was written.`);
    report.notes.push(`Machine load (1-minute load average, ${info.cpus} CPUs) at the start: ${loadStart.toFixed(1)}; when this was written: ${loadavg()[0]?.toFixed(1)}. The machine is shared, so times above a load of ${info.cpus} are inflated.`);
    writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(ROOT, 'bench', 'REPORT.md'), renderReport(report));
    log(`wrote bench/REPORT.md and bench/report.json after ${report.durationSeconds.toFixed(0)} s${pending ? ` (partial: ${pending} to come)` : ''}`);
  };
  save(`the generated builds (${SIZES.join(', ')} articles)`);

  // 2. Generated sites of N synthetic articles.
  for (const size of SIZES) {
    const dir = copySite(ROOT, join(TMP, `generated-${size}`));
    if (!liftNumberCap(dir)) notes.push('Could not lift the schema\'s cap on article numbers in the generated copies; large sizes may fail validation.');
    const { words } = writeSyntheticArticles(dir, size, await readVocabulary(dir));
    /** @type {any[]} */
    const runs = [];
    for (let run = 0; run < BUILD_RUNS; run++) {
      clearBuildOutput(dir);
      runs.push(await buildSite(dir, `generated ${size}`, size, origin));
    }
    builds.push({ ...medianBuild(runs), wordsPerArticle: words, runs: runs.map((r) => r.totalSeconds ?? null), runLoads: runs.map((r) => r.load ?? null) });
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    const rest = SIZES.slice(SIZES.indexOf(size) + 1);
    if (rest.length) save(`the generated builds of ${rest.join(', ')} articles`);
  }
  if (!process.env.BENCH_KEEP) rmSync(realDir, { recursive: true, force: true });
  save(null);
}

if (process.argv.includes('--render')) {
  try {
    renderOnly();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
