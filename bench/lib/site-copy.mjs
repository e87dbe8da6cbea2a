// A throwaway copy of the project under bench/tmp/ to build without
// touching the real dist/: config, src, content and public are copied;
// node_modules is linked entry by entry, so the copy's own caches
// (node_modules/.astro, .vite) stay in the copy.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * @param {string} root the project
 * @param {string} target a folder under bench/tmp/ (replaced)
 */
export function copySite(root, target) {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of COPIED) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(target, name), { recursive: true });
  }
  const modules = join(target, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  return target;
}

/**
 * Lets article numbers go past the schema's two-digit cap, in the copy only
 * (the real schema keeps it: a guide of 1,000 antipatterns is a benchmark,
 * not a plan). Returns whether the cap was found and lifted.
 * @param {string} target
 */
export function liftNumberCap(target) {
  const file = join(target, 'src', 'content', 'schema.ts');
  if (!existsSync(file)) return false;
  const before = readFileSync(file, 'utf8');
  const after = before.replace(/(number:\s*z\.number\(\)\.int\(\)\.min\(1\))\.max\(\d+\)/, '$1.max(1000000)');
  writeFileSync(file, after);
  return after !== before;
}

/**
 * Removes a copy's output and its private build caches (the same names
 * copySite keeps out of the links), so the next build starts cold.
 * @param {string} target
 */
export function clearBuildOutput(target) {
  for (const name of ['dist', '.astro', ...[...PRIVATE_CACHES].map((cache) => join('node_modules', cache))]) {
    rmSync(join(target, name), { recursive: true, force: true });
  }
}
