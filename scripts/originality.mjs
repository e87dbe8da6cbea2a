// @ts-check
/**
 * `npm run originality -- <source.txt>` (or SOURCE_TEXT=<source.txt>): lists
 * every passage of content/ and src/ that repeats 8 or more consecutive words
 * of the source text, with file and line, and exits 1 when there is one.
 * The guide may use the article's facts and arguments, never its sentences.
 *
 * Words are runs of [a-z0-9'] after lowercasing, with curly quotes made
 * straight, so punctuation, case and line breaks cannot hide a copied run.
 * Without a source text it prints one line saying so and exits 0; the
 * source article is not part of the repository.
 *
 * `--fallback <path>` names a source to use when neither an argument nor
 * SOURCE_TEXT is given, and only if that file exists (npm test uses it for
 * ../shared/source/article.txt, where CI keeps the article).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How many consecutive shared words make a copied passage. */
export const RUN = 8;
/** The files that hold the site's words. */
export const EXTENSIONS = new Set(['.md', '.mdx', '.astro', '.ts', '.tsx', '.json', '.yaml', '.yml']);
export const FOLDERS = ['content', 'src'];

/**
 * The words of a text, each with the line it starts on.
 * @param {string} text
 * @returns {{ word: string, line: number }[]}
 */
export function words(text) {
  const normal = text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').toLowerCase();
  const out = [];
  let line = 1;
  let scanned = 0;
  for (const match of normal.matchAll(/[a-z0-9']+/g)) {
    for (let i = scanned; i < match.index; i++) if (normal.charCodeAt(i) === 10) line++;
    scanned = match.index;
    out.push({ word: match[0], line });
  }
  return out;
}

/**
 * Every run of RUN words of the source, as "w1 w2 … w8".
 * @param {string} source
 */
export function sourceRuns(source) {
  const w = words(source).map((x) => x.word);
  const runs = new Set();
  for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  return runs;
}

/**
 * Maximal passages of `text` made of overlapping shared runs.
 * @param {string} text
 * @param {Set<string>} runs
 * @returns {{ line: number, words: number, text: string }[]}
 */
export function sharedPassages(text, runs) {
  const w = words(text);
  /** @type {{ line: number, words: number, text: string }[]} */
  const passages = [];
  let i = 0;
  while (i + RUN <= w.length) {
    const gram = (/** @type {number} */ at) => w.slice(at, at + RUN).map((x) => x.word).join(' ');
    if (!runs.has(gram(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 + RUN <= w.length && runs.has(gram(end + 1))) end++;
    const length = end - i + RUN;
    passages.push({ line: w[i]?.line ?? 0, words: length, text: w.slice(i, i + length).map((x) => x.word).join(' ') });
    i = end + RUN;
  }
  return passages;
}

/**
 * The files to check under `root`: FOLDERS, EXTENSIONS, no node_modules.
 * @param {string} root
 * @param {readonly string[]} [folders]
 */
export function siteFiles(root, folders = FOLDERS) {
  /** @type {string[]} */
  const files = [];
  const visit = (/** @type {string} */ path) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (name !== 'node_modules') visit(join(path, name));
    } else if (EXTENSIONS.has(extname(path))) {
      files.push(path);
    }
  };
  for (const folder of folders) if (existsSync(join(root, folder))) visit(join(root, folder));
  return files;
}

/**
 * Which source to use: the argument, else SOURCE_TEXT, else the fallback if it exists.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ path: string } | { skip: string } | { error: string }}
 */
export function chooseSource(args, env) {
  const rest = [...args];
  let fallback;
  const at = rest.indexOf('--fallback');
  if (at >= 0) [, fallback] = rest.splice(at, 2);
  const given = rest[0] ?? env.SOURCE_TEXT;
  if (given) return existsSync(given) ? { path: given } : { error: `no source text at ${given}` };
  if (fallback && existsSync(fallback)) return { path: fallback };
  return {
    skip: `originality: skipped, no source text given (npm run originality -- <path/to/article.txt>, or set SOURCE_TEXT${fallback ? `; ${fallback} does not exist` : ''})`,
  };
}

function main() {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const choice = chooseSource(process.argv.slice(2), process.env);
  if ('skip' in choice) {
    console.log(choice.skip);
    return;
  }
  if ('error' in choice) {
    console.error(`originality: ${choice.error}`);
    process.exit(2);
  }
  const runs = sourceRuns(readFileSync(choice.path, 'utf8'));
  const files = siteFiles(root);
  let count = 0;
  for (const file of files) {
    for (const p of sharedPassages(readFileSync(file, 'utf8'), runs)) {
      count++;
      const shown = p.text.length > 160 ? `${p.text.slice(0, 157)}...` : p.text;
      console.log(`${relative(root, file)}:${p.line}: ${p.words} words shared: "${shown}"`);
    }
  }
  const source = relative(root, resolve(choice.path));
  if (count > 0) {
    console.log(`originality: ${count} passage(s) repeat ${RUN}+ consecutive words of ${source}; say it in the guide's own words.`);
    process.exit(1);
  }
  console.log(`originality: no passage in ${FOLDERS.join('/ or ')}/ repeats ${RUN}+ consecutive words of ${source} (${files.length} files checked)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
