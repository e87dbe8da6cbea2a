/**
 * `npm run facts` lists every page that shows a fact, computed pages
 * included (tests/support/fact-pages.ts): the cost page, the assessment and
 * the result pages show the prices through code, the quiz and the map the
 * limits its questions quote, an article what its MDX and its diagrams
 * show; code that runs only at build time counts only where the built page
 * shows the fact.
 */
import { describe, expect, it } from 'vitest';
import { factDisplay } from '../../src/content/fact-display';
import { citedFact } from '../../src/lib/cited-fact';
import { factIdsIn } from '../../src/lib/page-facts';
import { priceBook } from '../../src/cost/prices';
import { shapeCodes } from '../../src/cost/shapes';
import { QUESTIONS } from '../../src/quiz/questions';
import { OUTCOME_ORDER } from '../../src/quiz/outcome-ids';
import { resultPath, MAP_PATH, QUIZ_PATH } from '../../src/quiz/routes';
import { factFiles, mdxFiles, ROOT } from '../support/content-files';
import { requireDist } from '../support/dist';
import { contentUrl, factPages, pageShows, routePattern, saysFact, type ShownFact } from '../support/fact-pages';

type Raw = ShownFact & { value?: number | string; unit?: string; display?: string; checked?: string };
const registry = new Map(factFiles().map((f) => [f.id, f.data as Raw]));
const facts = new Map([...registry].map(([id, f]) => [id, { ...f, display: factDisplay(f) }]));
const pagesOf = factPages(ROOT, requireDist(), facts);
const shownOn = (id: string) => pagesOf.get(id) ?? [];

describe('pages that show each fact', () => {
  it('the cost model\'s prices show on /cost/, /assess/ and every result page', () => {
    const used: string[] = [];
    priceBook((id) => {
      used.push(id);
      return citedFact(id, registry.get(id) as Parameters<typeof citedFact>[1]);
    }, shapeCodes(QUESTIONS.traffic));
    expect(used.length).toBeGreaterThan(20);
    const pages = ['/cost/', '/assess/', ...OUTCOME_ORDER.map(resultPath)];
    const missing = [...new Set(used)].flatMap((id) => pages.filter((p) => !shownOn(id).includes(p)).map((p) => `${id} on ${p}`));
    expect(missing).toEqual([]);
  });

  it('the quiz shows the limits its questions quote; the map those its option hints quote, not those only in help text', () => {
    const timeouts = ['aws-lambda-timeout-max', 'azure-functions-timeout-consumption', 'google-cloud-run-functions-timeout-event'];
    for (const id of [...timeouts, 'aws-lambda-memory-max']) expect(shownOn(id), id).toContain(QUIZ_PATH);
    for (const id of timeouts) expect(shownOn(id), id).toContain(MAP_PATH);
    expect(shownOn('aws-lambda-memory-max')).not.toContain(MAP_PATH);
  });

  it('an MDX page lists exactly the facts its tree shows: its diagrams add none it does not cite, the layout none at all', () => {
    // A diagram that reads a fact (factFigure) is listed too; the page's
    // Sources come from its tree, so the article must also cite that fact.
    for (const file of mdxFiles()) {
      const url = contentUrl(ROOT, `${ROOT}${file.path}`);
      const listed = [...pagesOf].filter(([, urls]) => urls.includes(url)).map(([id]) => id).sort();
      expect(listed, url).toEqual([...factIdsIn(file.text)].sort());
    }
  });

  it('a platform shown on one result page is not listed for the others', () => {
    const id = 'aws-step-functions-standard-duration-max';
    // The platform tables are pages of their own below each result page.
    expect(shownOn(id)).toContain(`${resultPath('serverless')}platforms/`);
    expect(shownOn(id)).not.toContain(`${resultPath('servers')}platforms/`);
  });
});

describe('how a page is matched', () => {
  it('routes map to the pages they build', () => {
    expect(routePattern('src/pages/quiz/result/[outcome].astro').test('/quiz/result/managed/')).toBe(true);
    expect(routePattern('src/pages/quiz/result/[outcome].astro').test('/quiz/map/')).toBe(false);
    expect(routePattern('src/pages/index.astro').test('/')).toBe(true);
    expect(routePattern('src/pages/[page].astro').test('/goals/')).toBe(true);
    expect(routePattern('src/pages/[page].astro').test('/antipatterns/x/')).toBe(false);
    expect(routePattern('src/pages/badges/[outcome].svg.ts').test('/badges/managed.svg/')).toBe(true);
  });

  it('build-time code shows a fact named by id only where the page cites its source and says it', () => {
    const fact: ShownFact = { claim: 'Lambda allows 15 minutes.', display: '15 minutes', source: { url: 'https://docs.example.org/quotas' } };
    expect(pageShows('<p>15 minutes <a href="https://docs.example.org/quotas">q</a></p>', fact)).toBe(true);
    expect(pageShows('<astro-island props=\'{"url":[0,"https://docs.example.org/quotas"],"label":[0,"Lambda allows 15 minutes."]}\'>', fact)).toBe(true);
    expect(pageShows('<p>15 minutes, and nothing cited</p>', fact)).toBe(false);
    expect(pageShows('<a href="https://docs.example.org/quotas">another figure from that page</a>', fact)).toBe(false);
    expect(saysFact('<p>within 15 minutes</p>', fact)).toBe(true);
  });
});
