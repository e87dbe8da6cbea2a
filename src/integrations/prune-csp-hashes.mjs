// @ts-check
/**
 * Astro's CSP lists the hash of every inline script and style of the whole
 * site on every page (10 script and 12 style hashes here). This keeps, on
 * each built page, only the hashes of the inline code that page carries:
 * the policy stays exactly as strict for that page (nothing else can run),
 * and each page sheds about 700 bytes gzipped, the difference between
 * fitting the first-round-trip budget (14 KB) or not.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

/** @param {string} text */
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * Rewrites one page's policy; returns null when the page has no CSP meta.
 * @param {string} html
 */
export function prunePolicy(html) {
  const meta = META.exec(html);
  if (!meta) return null;
  const used = new Set([
    ...[...html.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1] ?? '')),
    ...[...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1] ?? '')),
  ]);
  const policy = (meta[2] ?? '')
    .split(';')
    .map((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .filter((token) => !/^'sha(256|384|512)-/.test(token) || used.has(token))
        .join(' '),
    )
    .join('; ');
  return html.replace(META, `$1${policy}$3`);
}

/** @returns {import('astro').AstroIntegration} */
export default function pruneCspHashes() {
  return {
    name: 'prune-csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const pruned = prunePolicy(html);
          if (pruned !== null && pruned !== html) {
            await writeFile(file, pruned);
            pages++;
          }
        }
        logger.info(`kept only each page's own script and style hashes on ${pages} pages`);
      },
    },
  };
}
