/**
 * Every page loads cleanly: no console error, no uncaught exception, no
 * Content Security Policy violation, and no request to any origin but the
 * site's own. And every page carries a CSP whose script-src forbids
 * inline script except by hash.
 */
import { expect, test } from '@playwright/test';
import { crawlPaths, requireDist } from '../support/dist';
import { indexSite } from '../support/site-index';
import { gotoAndWaitForQuiet } from '../support/settle';
import { parseCsp } from '../support/csp';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

for (const path of crawlPaths()) {
  test(`${path} loads without errors, CSP violations or third-party requests`, async ({ page, baseURL }) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
      else if (/Content[- ]Security[- ]Policy/i.test(msg.text())) problems.push(`console ${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });

    // Until no request has been in flight for a moment: late requests and CSP reports count too.
    const response = await gotoAndWaitForQuiet(page, path);
    expect(response?.status(), 'HTTP status').toBe(200);
    const violations = await page.evaluate(() => window.__cspViolations ?? null);
    expect(violations, 'the violation listener was installed').not.toBeNull();
    problems.push(...violations!.map((v) => `CSP violation: ${v}`));
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('every built page has a CSP meta whose script-src allows no inline script but by hash', () => {
  const pages = [...indexSite(requireDist()).values()];
  expect(pages.length).toBeGreaterThan(3);
  const problems: string[] = [];
  for (const page of pages) {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(page.html);
    if (!meta) {
      problems.push(`${page.url}: no <meta http-equiv="content-security-policy">`);
      continue;
    }
    const csp = parseCsp(meta[1]!.replace(/&#39;/g, "'").replace(/&apos;/g, "'"));
    const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
    if (!scriptSrc) problems.push(`${page.url}: neither script-src nor default-src`);
    else {
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
        if (scriptSrc.includes(bad)) problems.push(`${page.url}: script-src allows ${bad}`);
      }
    }
    if (!csp.get('object-src')?.includes("'none'")) problems.push(`${page.url}: object-src is not 'none'`);
    if (!csp.has('base-uri')) problems.push(`${page.url}: no base-uri`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
