// What one built page costs to load: its HTML, its CSS (inline and linked)
// and the JavaScript it runs at startup (inline scripts, script files,
// island components and renderers, and every module those import
// statically), raw and gzipped (zlib level 9, so the numbers repeat).
// Pagefind is left out: it loads on demand, from a dynamic import.
// Plain JavaScript with JSDoc types so bench/run.mjs can share it.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** @typedef {{ raw: number, gzip: number }} Size */
/**
 * @typedef {object} PageWeight
 * @property {Size} html The HTML document (inline CSS and JS included).
 * @property {Size} css Inline <style> plus <link rel=stylesheet> files.
 * @property {Size} blockingCss Linked stylesheets that block rendering (inline ones are in the HTML already).
 * @property {Size} js Startup JavaScript: inline scripts plus every file loaded at startup.
 * @property {string[]} jsFiles Site paths of the JavaScript files counted in `js`.
 * @property {string[]} cssFiles Site paths of the linked stylesheets.
 */

/** Script types that browsers execute. */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** @param {string | Buffer} text @returns {Size} */
export function size(text) {
  const buf = typeof text === 'string' ? Buffer.from(text) : text;
  return { raw: buf.length, gzip: buf.length === 0 ? 0 : gzipSync(buf, { level: 9 }).length };
}

/** @param {Size[]} sizes @returns {Size} */
function sum(sizes) {
  return sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

/**
 * Static import specifiers of an ES module (import/export … from "x",
 * import "x"); dynamic import() is left out on purpose.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
  const out = [];
  // Built modules import by path ("./x.js", "/_astro/x.js"), never by bare name.
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']((?:\.{1,2}\/|\/)[^"'\n]*)["']/g;
  for (const m of code.matchAll(re)) out.push(/** @type {string} */ (m[1]));
  return out;
}

/**
 * Specifiers a module loads with import("…") (plain string literals, quoted
 * or in backticks: the chunks a bundler splits off).
 * @param {string} code
 * @returns {string[]}
 */
export function dynamicImports(code) {
  return [...code.matchAll(/(?:^|[^\w$.])import\s*\(\s*["'`]((?:\.{1,2}\/|\/)[^"'`\n$]*)["'`]\s*\)/g)].map((m) => /** @type {string} */ (m[1]));
}

/** True for site paths that load on demand only (search index and UI). @param {string} path */
const onDemand = (path) => path.startsWith('/pagefind/');

/**
 * Site path for a same-site URL, or undefined for another origin.
 * @param {string} ref @param {string} from site path of the referring document or module
 */
function sitePath(ref, from) {
  const url = new URL(ref, new URL(from, 'http://site.invalid'));
  return url.origin === 'http://site.invalid' ? decodeURIComponent(url.pathname) : undefined;
}

/**
 * Every module reachable through static imports from `roots` (site paths).
 * @param {string} distDir @param {string[]} roots @param {string[]} inlineCode modules inline in the page
 * @param {string} pagePath
 * @returns {string[]}
 */
export function moduleGraph(distDir, roots, inlineCode = [], pagePath = '/') {
  const seen = new Set();
  /** @type {string[]} */
  const queue = [];
  const enqueue = (/** @type {string} */ ref, /** @type {string} */ from) => {
    const path = sitePath(ref, from);
    if (!path || onDemand(path) || seen.has(path)) return;
    seen.add(path);
    queue.push(path);
  };
  for (const root of roots) enqueue(root, pagePath);
  for (const code of inlineCode) for (const spec of staticImports(code)) enqueue(spec, pagePath);
  while (queue.length > 0) {
    const path = /** @type {string} */ (queue.shift());
    const file = join(distDir, path);
    if (!existsSync(file)) throw new Error(`${pagePath} loads ${path}, which is not in ${distDir}`);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) enqueue(spec, path);
  }
  return [...seen];
}

/**
 * What a page's islands (and module scripts) load on demand, one step on
 * from startup: the chunks their components import() (the quiz engine
 * after the first interaction, the personal result when the address has
 * answers) with
 * everything those import statically, less the files startup loaded
 * already. An import() counts wherever it sits in the component's own
 * static imports (the loaders of src/components/lazy/load-chunk.ts live in
 * small shared modules, e.g. the cost code's). Deeper import() calls (e.g.
 * the record writers, loaded once a result is on screen) are not followed.
 * @param {string} distDir
 * @param {string} pagePath
 * @param {string} html
 * @param {string[]} startupFiles `jsFiles` of the page's PageWeight
 * @returns {{ js: Size, jsFiles: string[] }}
 */
export function islandOnDemand(distDir, pagePath, html, startupFiles) {
  /** @type {string[]} */
  const roots = [];
  const root = parse(html);
  // Islands' components, and page scripts that start a part themselves (the result pages' ResultStart).
  const starts = [
    ...root.querySelectorAll('astro-island').map((island) => island.getAttribute('component-url')),
    ...root.querySelectorAll('script[type="module"][src]').map((script) => script.getAttribute('src')),
  ];
  for (const url of starts) {
    const path = url ? sitePath(url, pagePath) : undefined;
    if (!path) continue;
    for (const file of moduleGraph(distDir, [path], [], pagePath)) {
      for (const spec of dynamicImports(readFileSync(join(distDir, file), 'utf8'))) roots.push(sitePath(spec, file) ?? spec);
    }
  }
  const loaded = new Set(startupFiles);
  const jsFiles = moduleGraph(distDir, roots, [], pagePath).filter((p) => !loaded.has(p));
  return { js: sum(jsFiles.map((p) => size(readFileSync(join(distDir, p))))), jsFiles };
}

/**
 * What a page's startup scripts load on demand, one step on: the chunks any
 * startup file import()s (a page that starts its component from a module
 * script of its own, like /cost/, rather than from an island), with
 * everything those import statically, less the files startup loaded already.
 * @param {string} distDir
 * @param {string} pagePath
 * @param {string[]} startupFiles `jsFiles` of the page's PageWeight
 * @returns {{ js: Size, jsFiles: string[] }}
 */
export function scriptsOnDemand(distDir, pagePath, startupFiles) {
  /** @type {string[]} */
  const roots = [];
  for (const path of startupFiles) {
    for (const spec of dynamicImports(readFileSync(join(distDir, path), 'utf8'))) roots.push(sitePath(spec, path) ?? spec);
  }
  const loaded = new Set(startupFiles);
  const jsFiles = moduleGraph(distDir, roots, [], pagePath).filter((p) => !loaded.has(p));
  return { js: sum(jsFiles.map((p) => size(readFileSync(join(distDir, p))))), jsFiles };
}

/**
 * Everything a page can load on demand, every level deep: what
 * islandOnDemand counts, then what those chunks import(), and so on (the
 * result page's cost panel, platforms and record writers, for one), less
 * the startup files.
 * @param {string} distDir
 * @param {string} pagePath
 * @param {string} html
 * @param {string[]} startupFiles `jsFiles` of the page's PageWeight
 * @returns {{ js: Size, jsFiles: string[] }}
 */
export function everythingOnDemand(distDir, pagePath, html, startupFiles) {
  const seen = new Set(startupFiles);
  /** @type {string[]} */
  let frontier = [...startupFiles];
  for (const url of parse(html).querySelectorAll('astro-island').map((i) => i.getAttribute('component-url'))) {
    const path = url ? sitePath(url, pagePath) : undefined;
    if (path) frontier.push(path);
  }
  /** @type {string[]} */
  const found = [];
  while (frontier.length > 0) {
    /** @type {string[]} */
    const roots = [];
    for (const file of moduleGraph(distDir, frontier, [], pagePath)) {
      for (const spec of dynamicImports(readFileSync(join(distDir, file), 'utf8'))) {
        const path = sitePath(spec, file);
        if (path && !onDemand(path)) roots.push(path);
      }
    }
    frontier = moduleGraph(distDir, roots, [], pagePath).filter((p) => !seen.has(p));
    for (const p of frontier) seen.add(p);
    found.push(...frontier);
  }
  return { js: sum(found.map((p) => size(readFileSync(join(distDir, p))))), jsFiles: found };
}

/**
 * @param {string} distDir
 * @param {string} pagePath site path of the page, e.g. "/goals/"
 * @param {string} html the page's HTML
 * @returns {PageWeight}
 */
export function pageWeight(distDir, pagePath, html) {
  const root = parse(html);
  /** @type {string[]} */
  const inlineJs = [];
  /** @type {string[]} */
  const jsRoots = [];
  for (const script of root.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!JS_TYPES.has(type)) continue;
    const src = script.getAttribute('src');
    if (src) jsRoots.push(src);
    else inlineJs.push(script.rawText);
  }
  for (const link of root.querySelectorAll('link[rel~="modulepreload"][href]')) jsRoots.push(link.getAttribute('href') ?? '');
  for (const island of root.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = island.getAttribute(attr);
      if (url) jsRoots.push(url);
    }
  }
  const jsFiles = moduleGraph(distDir, jsRoots, inlineJs, pagePath);
  const js = sum([size(inlineJs.join('\n')), ...jsFiles.map((p) => size(readFileSync(join(distDir, p))))]);

  const inlineCss = root.querySelectorAll('style').map((s) => s.rawText);
  const links = root.querySelectorAll('link[rel~="stylesheet"][href]');
  /** @type {string[]} */
  const cssFiles = [];
  /** @type {Size[]} */
  const linked = [];
  /** @type {Size[]} */
  const blocking = [];
  for (const link of links) {
    const path = sitePath(link.getAttribute('href') ?? '', pagePath);
    if (!path) continue;
    const s = size(readFileSync(join(distDir, path)));
    cssFiles.push(path);
    linked.push(s);
    const media = (link.getAttribute('media') ?? 'all').trim();
    if (media !== 'print' && !link.hasAttribute('disabled')) blocking.push(s);
  }
  return {
    html: size(steadyHtml(html)),
    css: sum([size(inlineCss.join('\n')), ...linked]),
    blockingCss: sum(blocking),
    js,
    jsFiles,
    cssFiles,
  };
}

/**
 * The page with each Astro island's uid (five random characters per build)
 * set to one value: the uid's length is fixed, but its letters change how
 * well the page compresses by a byte or two from build to build, and the
 * sizes in docs/figures.json must not move when the code did not.
 * @param {string} html
 */
export function steadyHtml(html) {
  return html.replace(/(<astro-island\b[^>]*?\buid=")[^"]*"/g, '$1uid00"');
}

/**
 * Where a page's first screen ends in its HTML: at the second <h2> inside
 * <main> (a guide page's first section is its summary or introduction), or
 * at the end of the page when it has fewer.
 * @param {string} html
 */
export function firstScreenEnd(html) {
  const main = html.indexOf('<main');
  if (main < 0) return html.length;
  const heads = [...html.slice(main).matchAll(/<h2[\s>]/g)];
  return heads.length < 2 ? html.length : main + /** @type {number} */ (heads[1].index);
}

/**
 * Gzip bytes a server compressing on the fly has sent once the first `end`
 * characters of `html` are out (level 9, sync flush): what the browser has
 * to paint from at that point.
 * @param {string} html
 * @param {number} end
 */
export function streamedPrefix(html, end) {
  return gzipSync(Buffer.from(html.slice(0, end)), { level: 9, finishFlush: constants.Z_SYNC_FLUSH }).length;
}
