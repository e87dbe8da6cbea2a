/**
 * Which built pages show which registry facts, computed pages included
 * (result pages, /cost/, /assess/, the quiz show facts through code, not
 * <Fact>). `npm run facts` prints it; the unit test checks it.
 *
 * How a page is found to show a fact:
 * - an MDX page (articles, /goals/, /fit/): every <Fact id> and every fact
 *   a <Calc> reads (src/lib/page-facts.ts), plus the facts of the
 *   components it imports (a diagram that reads one with factFigure);
 * - any page: the facts its code reads, following imports (static and
 *   import()) from its route file in src/pages/ through TypeScript's AST
 *   (and Astro's parser for .astro): an import of content/facts/<id>.json
 *   (a figure to quote), or a string literal that is a fact id. Code that
 *   runs in the browser (an island's .tsx and what it imports, a page
 *   <script>) counts as showing its facts. Code that runs only at build
 *   time counts where the built page says the fact (its claim, or its value
 *   as the site writes it), and, for a fact named by id, also names its
 *   source (a link, or an island's data): that drops, for instance, another
 *   outcome's platforms from a result page, and the quiz's limits from an
 *   article that only names a question.
 * Dynamic routes ([outcome].astro) map to their built pages in dist/.
 */
import { parse as parseAstro } from '@astrojs/compiler-rs';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { mdxToMdast } from 'satteri';
import ts from 'typescript';
import { factIdsIn } from '../../src/lib/page-facts.ts';
import { onlySpan } from './figure-scan/piece.ts';
import { indexSite } from './site-index.ts';

export interface FactSource {
  readonly source: { readonly url: string };
}

/** A module's imports, the facts whose figure it imports to quote, and the fact ids it names. */
interface ModuleFacts {
  imports: { path: string; client: boolean }[];
  quoted: Set<string>;
  named: Set<string>;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '.astro', '/index.ts'];

/** The file a relative import names, or undefined (packages, virtual modules). */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const bare = resolve(dirname(from), specifier.split('?')[0]!);
  for (const ext of EXTENSIONS) {
    const candidate = bare + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Imports and fact ids in one piece of TypeScript (a file, or a span of one). */
function scanCode(file: string, source: string, jsx: boolean, ids: ReadonlySet<string>, client: boolean, out: ModuleFacts): void {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const addImport = (specifier: string) => {
    const fact = /content\/facts\/([a-z0-9-]+)\.json(?:\?|$)/.exec(specifier);
    if (fact && ids.has(fact[1]!)) out.quoted.add(fact[1]!);
    const path = resolveImport(file, specifier);
    // An island (.tsx) imported by build-time code runs in the browser too.
    if (path) out.imports.push({ path, client: client || (!jsx && path.endsWith('.tsx')) });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!(ts.isImportDeclaration(node) && node.importClause?.isTypeOnly)) addImport(node.moduleSpecifier.text);
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) addImport(arg.text);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && ids.has(node.text)) {
      out.named.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

/** One module's imports and facts; .astro files through Astro's parser (frontmatter at build time, scripts in the browser). */
function scanModule(file: string, ids: ReadonlySet<string>, client: boolean): ModuleFacts {
  const out: ModuleFacts = { imports: [], quoted: new Set(), named: new Set() };
  const source = readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) {
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as { type?: string; program?: { start: number; end: number }; start?: number; end?: number };
      if ((n.type === 'AstroFrontmatter' || n.type === 'AstroScript') && n.program) {
        scanCode(file, onlySpan(source, n.program.start, n.program.end), false, ids, client || n.type === 'AstroScript', out);
      } else if (n.type === 'JSXExpressionContainer' && n.start !== undefined && n.end !== undefined) {
        scanCode(file, onlySpan(source, n.start + 1, n.end - 1), true, ids, client, out);
        return;
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(walk);
        else if (typeof value === 'object') walk(value);
      }
    };
    walk(parseAstro(source).ast);
  } else if (file.endsWith('.mdx')) {
    // The imports and exports of an MDX page, as Sätteri's tree finds them.
    const tree = mdxToMdast(source) as unknown as { children: { type: string; value?: string; position?: { start: { offset: number } } }[] };
    for (const node of tree.children) {
      if (node.type !== 'mdxjsEsm' || !node.value) continue;
      const start = source.indexOf(node.value, node.position?.start.offset ?? 0);
      scanCode(file, onlySpan(source, start, start + node.value.length), false, ids, client, out);
    }
  } else {
    scanCode(file, source, file.endsWith('.tsx'), ids, client || file.endsWith('.tsx'), out);
  }
  return out;
}

export interface CodeFacts {
  /** Facts whose figure build-time code imports to quote (content/facts/<id>.json). */
  quoted: Set<string>;
  /** Facts build-time code names by id (a price book, a platform table, a record). */
  named: Set<string>;
  /** Facts code that runs in the browser quotes or names. */
  browser: Set<string>;
}

/** The facts code can show, starting from `entry`. */
export function codeFacts(entry: string, ids: ReadonlySet<string>): CodeFacts {
  const quoted = new Set<string>();
  const named = new Set<string>();
  const browser = new Set<string>();
  const seen = new Set<string>();
  const queue: { path: string; client: boolean }[] = [{ path: entry, client: false }];
  while (queue.length > 0) {
    const { path, client } = queue.shift()!;
    const key = `${client}:${path}`;
    if (seen.has(key) || path.includes(`${'/'}node_modules${'/'}`)) continue;
    seen.add(key);
    const m = scanModule(path, ids, client);
    for (const id of m.quoted) (client ? browser : quoted).add(id);
    for (const id of m.named) (client ? browser : named).add(id);
    queue.push(...m.imports.map((i) => ({ path: i.path, client: client || i.client })));
  }
  return { quoted, named, browser };
}

/** "src/pages/quiz/result/[outcome].astro" → a matcher for the URLs it builds ("/quiz/result/managed/"). */
export function routePattern(routeFile: string): RegExp {
  const route = routeFile
    .replace(/^src\/pages/, '')
    .replace(/\.(astro|ts|mdx|md)$/, '')
    .replace(/\/index$/, '');
  const body = route
    .split('/')
    .map((seg) => (/^\[\.\.\.[^\]]+\]$/.test(seg) ? '\u0000' : seg.replace(/\[[^\]]+\]/g, '[^/]+').replace(/\./g, '\\.')))
    .join('/')
    // A rest parameter may be empty: "platforms/[...view]" builds "platforms/" too.
    .replace('/\u0000', '(?:/.+)?');
  return new RegExp(`^${body}/$`);
}

function walkFiles(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walkFiles(join(dir, d.name), test) : test(d.name) ? [join(dir, d.name)] : []));
}

/** content/antipatterns/x.mdx → /antipatterns/x/, content/pages/x.mdx → /x/ */
export function contentUrl(root: string, file: string): string {
  const rel = relative(join(root, 'content'), file).replace(/\.mdx$/, '');
  return rel.startsWith('pages/') ? `/${rel.slice('pages/'.length)}/` : `/${rel}/`;
}

/** A built page's HTML with the escapes of attributes and island data undone, so a sentence reads as written. */
export function flatHtml(html: string): string {
  return html
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\(["/])/g, '$1');
}

export interface ShownFact extends FactSource {
  readonly claim: string;
  /** The value as the site writes it (factDisplay). */
  readonly display: string;
}

/** Does the page say the fact: its claim, or its value as the site writes it? */
export function saysFact(flat: string, fact: ShownFact): boolean {
  return flat.includes(fact.claim) || (fact.display !== '' && flat.includes(fact.display));
}

/**
 * Does the built page show a fact its build-time code names by id? It names
 * the fact's source (a link, or an island's data) and says the fact; both,
 * because one source page backs many facts and one figure ("15 minutes")
 * can be many facts'.
 */
export function pageShows(flat: string, fact: ShownFact): boolean {
  const url = fact.source.url;
  const cites = [url, url.replace(/\/$/, '')].some((v) => flat.includes(`"${v}"`) || flat.includes(`"${v}/"`) || flat.includes(`"${v}#`));
  return cites && saysFact(flat, fact);
}

/** Fact id → the built pages that show it, sorted. */
export function factPages(root: string, dist: string, facts: ReadonlyMap<string, ShownFact>): Map<string, string[]> {
  const ids = new Set(facts.keys());
  const pages = [...indexSite(dist).values()].filter((p) => !p.redirectTo);
  const users = new Map<string, Set<string>>();
  const add = (id: string, url: string) => (users.get(id) ?? users.set(id, new Set()).get(id)!).add(url);

  // MDX pages: their own tree, and the components they import.
  const contentPages = new Set<string>();
  for (const file of walkFiles(join(root, 'content'), (n) => n.endsWith('.mdx'))) {
    const url = contentUrl(root, file);
    contentPages.add(url);
    for (const id of factIdsIn(readFileSync(file, 'utf8'))) add(id, url);
    const { quoted, named, browser } = codeFacts(file, ids);
    for (const id of [...quoted, ...named, ...browser]) add(id, url);
  }

  // Every route: what its code reads, matched to the pages it built.
  for (const routeFile of walkFiles(join(root, 'src', 'pages'), (n) => /\.(astro|ts)$/.test(n))) {
    const rel = relative(root, routeFile).split('\\').join('/');
    // A data file (src/pages/<dir>/<name>.json.ts) is fetched by the pages one level below its folder
    // (/quiz/result/data.json by the result pages): what it carries counts as shown on them.
    const data = /^src\/pages\/(.*\/)?[^/]+\.json\.ts$/.exec(rel);
    if (data) {
      const dir = `/${data[1] ?? ''}`;
      const readers = pages.filter((p) => p.url.startsWith(dir) && /^[^/]+\/$/.test(p.url.slice(dir.length)));
      // The facts the built file names (its cost book and record facts cite them by id), not every fact its code could reach.
      const built = join(dist, dir, rel.split('/').pop()!.replace(/\.ts$/, ''));
      const text = existsSync(built) ? readFileSync(built, 'utf8') : '';
      for (const id of ids) if (text.includes(`"${id}"`)) for (const page of readers) add(id, page.url);
      continue;
    }
    const pattern = routePattern(rel);
    const built = pages.filter((p) => pattern.test(p.url));
    if (built.length === 0) continue;
    const { quoted, named, browser } = codeFacts(routeFile, ids);
    for (const page of built) {
      const flat = flatHtml(page.html);
      for (const id of browser) add(id, page.url);
      // On an MDX page the tree above is the truth: the layout around it
      // names quiz questions but shows none of their figures, and a figure
      // such as "15 minutes" in the prose must not pass for one.
      if (contentPages.has(page.url)) continue;
      // A figure imported to be quoted counts where the page quotes it; a fact named by id where the page also cites it.
      for (const id of quoted) if (saysFact(flat, facts.get(id)!)) add(id, page.url);
      for (const id of named) if (pageShows(flat, facts.get(id)!)) add(id, page.url);
    }
  }
  return new Map([...users].map(([id, urls]) => [id, [...urls].sort()]));
}
