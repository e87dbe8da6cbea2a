// @ts-check
/**
 * Is dist/ current? Unit tests and `registry:update` read the built site, and
 * a stale build makes them fail for reasons that name neither the build nor
 * the fix. The build's stamp is dist/index.html, which `astro build` writes
 * after it has read every source; a source file newer than that stamp means
 * the build is older than the sources.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the built site is made from (relative to the project root). */
export const BUILD_INPUTS = ['content', 'src', 'public', 'astro.config.mjs', 'package.json'];

/** The stamp file, relative to dist/. */
export const STAMP = 'index.html';

/**
 * The most recently modified file among `inputs` under `root`.
 * @param {string} root
 * @param {readonly string[]} [inputs]
 * @returns {{ path: string, mtimeMs: number } | undefined}
 */
export function newestInput(root, inputs = BUILD_INPUTS) {
  /** @type {{ path: string, mtimeMs: number } | undefined} */
  let newest;
  /** @param {string} path */
  const visit = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (!newest || stat.mtimeMs > newest.mtimeMs) {
      newest = { path: relative(root, path), mtimeMs: stat.mtimeMs };
    }
  };
  for (const input of inputs) if (existsSync(join(root, input))) visit(join(root, input));
  return newest;
}

/**
 * Whether `dist` holds a build at least as new as every source.
 * @param {string} root  project root
 * @param {string} [dist]  built site (default: <root>/dist)
 * @returns {{ state: 'missing' } | { state: 'stale', newer: string } | { state: 'fresh' }}
 */
export function distState(root, dist = join(root, 'dist')) {
  const stamp = join(dist, STAMP);
  if (!existsSync(stamp)) return { state: 'missing' };
  const newest = newestInput(root);
  if (newest && newest.mtimeMs > statSync(stamp).mtimeMs) return { state: 'stale', newer: newest.path };
  return { state: 'fresh' };
}

/**
 * The one-line message for a dist/ that cannot be used, or undefined when it can.
 * @param {ReturnType<typeof distState>} state
 */
export function distProblem(state) {
  if (state.state === 'missing') return 'dist/ is missing: run npm run build';
  if (state.state === 'stale') return `dist/ is older than the sources: run npm run build (${state.newer} changed since the last build)`;
  return undefined;
}
