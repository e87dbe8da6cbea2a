/**
 * Size budgets per built page, in gzip bytes (zlib level 9, so the numbers
 * repeat run to run); 1 KB = 1024 bytes. The budgets themselves are in
 * tests/support/budgets.ts; what each page measures is written by this test
 * to docs/figures.json (the one place that states a page's size; the
 * README's "Current figures" is rendered from it by `npm run figures`).
 *
 * - JS a guide page runs at startup (inline scripts, script files and their
 *   static imports; Pagefind loads on demand and is not counted): ≤ 3 KB,
 *   all of it inline on pages without islands (no extra requests).
 * - JS a quiz page loads at startup (islands: component and renderer with
 *   their static imports, so Preact included): ≤ 26,000 bytes on /quiz/
 *   (issue 8), ≤ 20 KB on the result pages, 3 KB on the map. The quiz
 *   starts on QuizStart, which draws the first question from props; the
 *   engine (QuizApp with XState, the rules, the flow and the codec) loads on
 *   the first pointer or focus in the quiz. A result page loads the code
 *   that reads ?a= and shows the personal result only when the address has
 *   answers.
 * - What those islands load on demand counts too, with startup: ≤ 37 KB for
 *   /quiz/ once the engine is in (the words of every question come with the
 *   engine rather than as island props in the page; the rule sentences stay
 *   out of it), ≤ 42 KB for a result page with answers (the personal result
 *   with "Not sure", and the cost panel's code, which the island imports
 *   directly since cost inputs alone redraw the panel too; the records
 *   writers load later still, once the result is on screen).
 * - JS the assessment page (/assess/) loads at startup: ≤ 20 KB, as small
 *   as the quiz (issue 25). It reads the link's names and keeps the answer
 *   codes as they are; the decision logic (the quiz's reader and rules, the
 *   records and their writer) and the cost code load once a workload has
 *   answers, through the one loader (src/components/assess/load-logic.ts).
 *   With them an assessment with answers loads ≤ 61 KB (the cost chunk's
 *   chart and tables come along).
 * - JS on /cost/ at startup: ≤ 16 KB. The form is plain HTML
 *   (CostForm.astro) and the page hydrates only the estimate, from a module
 *   script of its own (src/components/cost/start.ts) rather than an Astro
 *   island, so it carries no island runtime or renderer. The tables (bill by
 *   line, the chart's data, other providers) and the old-link notes load
 *   after startup: with them the page stays ≤ 16 KB too. The cost code loads
 *   only there and wherever a page mounts the interactive cost panel, never
 *   on /quiz/ at startup.
 * - Retries that really retry (issue 19, src/components/lazy/) are startup
 *   code on every page with an island, since they must work when a load
 *   fails: about 0.5 KB on /quiz/ and 1.5 KB on result pages.
 * - CSS (inline <style> + linked stylesheets): ≤ 10 KB.
 * - HTML: ≤ 30 KB.
 * - HTML + render-blocking CSS (what the first render waits for; inline CSS
 *   is inside the HTML): ≤ 16 KB on guide pages, ≤ 18 KB on the map, ≤ 14 KB
 *   on result pages: one round trip on a cold connection (issue 25). Result
 *   pages carry the names of the platforms, one sentence of the default
 *   estimate and a link to the map; the platform tables are pages of their
 *   own (/quiz/result/<outcome>/platforms/[<provider>/]) that a result with
 *   answers fetches below the brief, the cost panel is drawn there too, and
 *   what the personal result reads from the build is one JSON file
 *   (/quiz/result/data.json), fetched with its code. The other pages' 14 KB
 *   target is still open (dated citations on every figure, generated
 *   Sources, the phone menu): the budget stops further growth.
 * - Result pages start from a page script, not an Astro island (the island
 *   loader and renderer had nothing to hydrate); what it imports on demand
 *   is counted like an island's. With answers, startup plus the personal
 *   result (the brief and the rest of the reasoning, the quiz's rules and
 *   the cost model the brief's monthly figure needs) is held to 43 KB. The
 *   cost panel's chart, tables and fields and the team's platform tables
 *   load once the personal result is on screen, like the record writers, and
 *   the notice for a link that cannot be read or leads elsewhere today loads
 *   only for such a link: everything a result with answers can load is
 *   counted too (≤ 60 KB).
 * - The quiz's engine (XState v5's runtime alone is about 12.7 KB of it)
 *   loads when the page is idle and readies the first answer there (issue
 *   25); what keeps it over 38 KB is in src/quiz/ (see the README).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { indexSite } from '../support/site-index';
import { dynamicImports, everythingOnDemand, firstScreenEnd, islandOnDemand, pageWeight, scriptsOnDemand, staticImports, streamedPrefix } from '../support/page-weight.mjs';
import { BUDGETS, KB, firstRenderBudget, isArticle, isResult, jsBudget } from '../support/budgets';
import { FIGURES_FILE, pageFigures, readFiguresFile, updateFiguresFile } from '../support/page-figures';
import { ROOT_DIR, requireDist } from '../support/dist';

const dist = requireDist();
const pages = [...indexSite(dist).values()].filter((p) => !p.redirectTo).sort((a, b) => a.url.localeCompare(b.url));
const weights = pages.map((page) => ({ page, weight: pageWeight(dist, page.url, page.html) }));
const onDemand = (url: string) => {
  const entry = weights.find((w) => w.page.url === url);
  expect(entry, `${url} is built`).toBeDefined();
  return islandOnDemand(dist, url, entry!.page.html, entry!.weight.jsFiles);
};

console.table(
  Object.fromEntries(
    weights.map(({ page, weight: w }) => [
      page.url,
      {
        'HTML gz': w.html.gzip,
        'CSS gz': w.css.gzip,
        'HTML+blocking CSS gz': w.html.gzip + w.blockingCss.gzip,
        'JS gz': w.js.gzip,
        'JS budget': jsBudget(page.url),
        'JS on demand gz': islandOnDemand(dist, page.url, page.html, w.jsFiles).js.gzip,
        'JS files': w.jsFiles.length,
      },
    ]),
  ),
);

describe('budget measurement', () => {
  it('finds static imports and ignores dynamic ones and look-alikes in strings', () => {
    const code =
      'import{h as a}from"./preact.js";import "./side.js";export{x}from\'./x.js\';const p=import("/pagefind/pagefind.js");' +
      'v=this.getAttribute("component-export");throw v&&(i+=` (export ${v})`),console.error("x")';
    expect(staticImports(code)).toEqual(['./preact.js', './side.js', './x.js']);
    expect(dynamicImports(code)).toEqual(['/pagefind/pagefind.js']);
    expect(dynamicImports('a=s(()=>import(`./QuizApp.x.js`));b.import("./no.js");c=import(v);d=import(`./${v}.js`)')).toEqual(['./QuizApp.x.js']);
  });

  it('counts inline scripts, islands and their static imports, not dynamic ones or Pagefind', () => {
    const fixture = fileURLToPath(new URL('../fixtures/budget/', import.meta.url));
    const html =
      '<html><head><script>var a=1</script><script type="application/ld+json">{"x":1}</script>' +
      '<link rel="stylesheet" href="/_astro/page.css"><link rel="stylesheet" href="/_astro/print.css" media="print">' +
      '<style>p{margin:0}</style></head><body><astro-island component-url="/_astro/island.js" renderer-url="/_astro/preact.js"></astro-island>' +
      '<script type="module">import "/pagefind/pagefind.js";</script></body></html>';
    const w = pageWeight(fixture, '/x/', html);
    expect(w.jsFiles.sort()).toEqual(['/_astro/island.js', '/_astro/preact.js', '/_astro/side.js']);
    expect(w.cssFiles).toEqual(['/_astro/page.css', '/_astro/print.css']);
    expect(w.blockingCss.raw).toBe(readFileSync(`${fixture}_astro/page.css`).length);
    expect(w.js.raw).toBeGreaterThan(['island', 'preact', 'side'].reduce((n, f) => n + readFileSync(`${fixture}_astro/${f}.js`).length, 0));
    // The island's import("./lazy.js") loads on demand, counted apart.
    const later = islandOnDemand(fixture, '/x/', html, w.jsFiles);
    expect(later.jsFiles).toEqual(['/_astro/lazy.js']);
    expect(later.js.raw).toBe(readFileSync(`${fixture}_astro/lazy.js`).length);
  });
});

describe('first screen measurement', () => {
  it('ends at the second heading of <main>, or at the end of a page with fewer', () => {
    const html = '<header><h2>Menu</h2></header><main><h2>Summary</h2><p>a</p><h2>Next</h2><p>b</p></main>';
    expect(html.slice(0, firstScreenEnd(html))).toBe('<header><h2>Menu</h2></header><main><h2>Summary</h2><p>a</p>');
    expect(firstScreenEnd('<main><h2>Only</h2></main>')).toBe('<main><h2>Only</h2></main>'.length);
  });
  it('counts a streamed prefix as more than nothing and less than the whole page', () => {
    const article = weights.find((x) => isArticle(x.page.url))!;
    const html = article.page.html;
    const prefix = streamedPrefix(html, firstScreenEnd(html));
    expect(prefix).toBeGreaterThan(1000);
    expect(prefix).toBeLessThan(article.weight.html.gzip);
  });
});

describe('page budgets (gzip)', () => {
  it('has built pages to measure', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  for (const { page, weight: w } of weights) {
    describe(page.url, () => {
      const budget = jsBudget(page.url);
      it(`${page.url} JS ≤ ${budget % KB === 0 ? `${budget / KB} KB` : `${budget} bytes`}`, () => {
        expect(w.js.gzip, `startup JS: inline + ${w.jsFiles.join(', ') || 'no files'}`).toBeLessThanOrEqual(budget);
      });
      it(`${page.url} CSS ≤ ${BUDGETS.css / KB} KB`, () => {
        expect(w.css.gzip).toBeLessThanOrEqual(BUDGETS.css);
      });
      it(`${page.url} HTML ≤ ${BUDGETS.html / KB} KB`, () => {
        expect(w.html.gzip).toBeLessThanOrEqual(BUDGETS.html);
      });
      const first = firstRenderBudget(page.url);
      it(`${page.url} HTML + render-blocking CSS ≤ ${first / KB} KB`, () => {
        expect(w.html.gzip + w.blockingCss.gzip).toBeLessThanOrEqual(first);
      });
      if (!isResult(page.url)) {
        it(`${page.url} first screen (HTML to the end of its first section, streamed, + blocking CSS) ≤ ${BUDGETS.firstScreen / KB} KB`, () => {
          expect(streamedPrefix(page.html, firstScreenEnd(page.html)) + w.blockingCss.gzip).toBeLessThanOrEqual(BUDGETS.firstScreen);
        });
      }
    });
  }
});

describe('page scripts stay inline', () => {
  // A module shared between a page script and an island (or imported by two
  // page scripts) becomes a chunk of its own, and the page script stops being
  // inlined: every page then pays extra requests, one import level deep.
  // /cost/ and the result pages start from page scripts of their own (start.ts, ResultStart.tsx), files by design.
  const withoutIslands = weights.filter(({ page }) => !page.html.includes('<astro-island') && page.url !== '/cost/' && !isResult(page.url));
  it('has pages without islands to check', () => {
    expect(withoutIslands.length).toBeGreaterThan(5);
  });
  for (const { page, weight: w } of withoutIslands) {
    it(`${page.url} loads no script file at startup`, () => {
      expect(w.jsFiles, 'script files a page without islands loads').toEqual([]);
    });
  }
});

describe('quiz page budget', () => {
  const quiz = weights.find((w) => w.page.url === '/quiz/');
  const startupText = (files: string[]) => files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  // A string only XState's runtime contains (the init event's type).
  const XSTATE = 'xstate.init';
  it(`the quiz page's startup JS (Preact, the first question) is ≤ ${BUDGETS.quizJs} bytes and includes the island`, () => {
    expect(quiz, '/quiz/ is built').toBeDefined();
    expect(quiz!.weight.jsFiles.length, 'the quiz page loads its island').toBeGreaterThan(0);
    expect(quiz!.weight.js.gzip).toBeLessThanOrEqual(BUDGETS.quizJs);
  });
  it('XState loads with the quiz engine, after the first interaction, not at startup', () => {
    const later = onDemand('/quiz/');
    expect(startupText(quiz!.weight.jsFiles)).not.toContain(XSTATE);
    expect(startupText(later.jsFiles)).toContain(XSTATE);
  });
  it(`/quiz/ with its engine loaded is ≤ ${BUDGETS.quizJsEngaged / KB} KB`, () => {
    expect(quiz!.weight.js.gzip + onDemand('/quiz/').js.gzip).toBeLessThanOrEqual(BUDGETS.quizJsEngaged);
  });
  for (const { page, weight: w } of weights.filter(({ page }) => isResult(page.url))) {
    it(`${page.url} with answers (startup + the personal result) is ≤ ${BUDGETS.resultJsWithAnswers / KB} KB, without XState`, () => {
      const later = onDemand(page.url);
      expect(later.jsFiles.length, 'the result page loads the personal result on demand').toBeGreaterThan(0);
      expect(later.jsFiles.some((f) => f.includes('/ResultFromUrl.')), 'the personal result is counted').toBe(true);
      expect(w.js.gzip + later.js.gzip).toBeLessThanOrEqual(BUDGETS.resultJsWithAnswers);
      expect(startupText([...w.jsFiles, ...later.jsFiles])).not.toContain(XSTATE);
    });
    it(`${page.url} with answers, everything it can load (cost panel, platforms, record writers, notices) is ≤ ${BUDGETS.resultJsEverything / KB} KB`, () => {
      const all = everythingOnDemand(dist, page.url, page.html, w.jsFiles);
      expect(all.jsFiles.some((f) => f.includes('/CostCalculator.')), 'the cost panel is counted').toBe(true);
      expect(all.jsFiles.some((f) => f.includes('/RecordExport.')), 'the record writer is counted').toBe(true);
      expect(w.js.gzip + all.js.gzip).toBeLessThanOrEqual(BUDGETS.resultJsEverything);
    });
  }
});

describe('assessment page budget', () => {
  const assess = weights.find((w) => w.page.url === '/assess/');
  const text = (files: string[]) => files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  // A sentence of the quiz's flow (a question's reason for being asked): only the decision logic carries it.
  const LOGIC = 'Asked while serverless functions are still possible';
  it('the decision logic loads on demand, not at startup', () => {
    expect(assess, '/assess/ is built').toBeDefined();
    expect(text(assess!.weight.jsFiles)).not.toContain(LOGIC);
    expect(text(onDemand('/assess/').jsFiles)).toContain(LOGIC);
  });
  it(`/assess/ with a workload's answers read (startup + the decision logic and the cost code) is ≤ ${BUDGETS.assessJsWithAnswers / KB} KB`, () => {
    expect(assess!.weight.js.gzip + onDemand('/assess/').js.gzip).toBeLessThanOrEqual(BUDGETS.assessJsWithAnswers);
  });
});

describe('cost code loads only where it is used', () => {
  // A string that only the cost chart contains: if it shows up in a file the
  // quiz page loads at startup, the cost model has leaked into the quiz bundle.
  const MARK = 'Functions cost as much as';
  const startupText = (url: string): string => {
    const entry = weights.find((w) => w.page.url === url);
    expect(entry, `${url} is built`).toBeDefined();
    return entry!.weight.jsFiles.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  };
  it('/cost/ loads the cost code at startup, from its one module script, and the site-wide script stays inline', () => {
    expect(startupText('/cost/')).toContain(MARK);
    const cost = weights.find((w) => w.page.url === '/cost/')!;
    const external = cost.page.html.match(/<script\b[^>]*\bsrc=/g) ?? [];
    expect(external, 'script elements with a src on /cost/').toHaveLength(1);
    const guide = weights.find((w) => w.page.url === '/goals/')!;
    expect(guide.weight.jsFiles, 'the site-wide script is inline on guide pages').toEqual([]);
  });
  it(`/cost/ with what it loads after startup (tables, old-link notes) is ≤ ${BUDGETS.costJsEngaged / KB} KB, and the tables are among it`, () => {
    const cost = weights.find((w) => w.page.url === '/cost/')!;
    const later = scriptsOnDemand(dist, '/cost/', cost.weight.jsFiles);
    expect(later.jsFiles.some((f) => f.includes('CostTables')), later.jsFiles.join(', ')).toBe(true);
    expect(cost.weight.js.gzip + later.js.gzip).toBeLessThanOrEqual(BUDGETS.costJsEngaged);
  });
  it('/quiz/ does not load the cost code at startup', () => {
    expect(startupText('/quiz/')).not.toContain(MARK);
  });
});

describe('the one file that states the sizes', () => {
  // Written here, from the weights just held to the budgets, so no other
  // place can state a size the build does not have. Rewritten only when a
  // figure moved, so its date is the day they last changed.
  it(`${FIGURES_FILE} holds this build's sizes`, () => {
    const measured = weights.map(({ page, weight: w }) => ({
      url: page.url,
      html: w.html.gzip,
      blockingCss: w.blockingCss.gzip,
      startupJs: w.js.gzip,
      onDemandJs: islandOnDemand(dist, page.url, page.html, w.jsFiles).js.gzip,
    }));
    const figures = pageFigures(measured);
    updateFiguresFile(ROOT_DIR, figures, new Date().toISOString().slice(0, 10));
    expect(readFiguresFile(ROOT_DIR)?.pages).toEqual(figures);
    const quiz = figures.find((f) => f.path === '/quiz/')!;
    expect(quiz.startupJsBudget).toBe(BUDGETS.quizJs);
    expect(quiz.engagedJs).toBe(quiz.startupJs + onDemand('/quiz/').js.gzip);
  });
});
