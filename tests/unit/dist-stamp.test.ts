/** The staleness check that stops dist-reading tests on an old build. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distProblem, distState } from '../support/dist-stamp.mjs';
import { requireDist } from '../support/dist';

describe('dist/ freshness', () => {
  const root = mkdtempSync(join(tmpdir(), 'dist-stamp-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);

  it('is missing before any build', () => {
    mkdirSync(join(root, 'content/antipatterns'), { recursive: true });
    writeFileSync(join(root, 'content/antipatterns/a.mdx'), 'x');
    expect(distState(root)).toEqual({ state: 'missing' });
    expect(() => requireDist(join(root, 'dist'), root)).toThrow('dist/ is missing: run npm run build');
  });

  it('is fresh when the build is newer than every source', () => {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), '<p>');
    at('content/antipatterns/a.mdx', 1_000);
    at('dist/index.html', 2_000);
    expect(distState(root)).toEqual({ state: 'fresh' });
    expect(requireDist(join(root, 'dist'), root)).toBe(join(root, 'dist'));
  });

  it('is stale, naming the newer file, when a source changed after the build', () => {
    at('content/antipatterns/a.mdx', 3_000);
    const state = distState(root);
    expect(state).toEqual({ state: 'stale', newer: join('content', 'antipatterns', 'a.mdx') });
    expect(distProblem(state)).toMatch(/^dist\/ is older than the sources: run npm run build \(content\/antipatterns\/a\.mdx/);
    expect(() => requireDist(join(root, 'dist'), root)).toThrow('dist/ is older than the sources: run npm run build');
  });

  it('counts the config files too', () => {
    at('content/antipatterns/a.mdx', 1_000);
    writeFileSync(join(root, 'astro.config.mjs'), '');
    at('astro.config.mjs', 4_000);
    expect(distState(root)).toEqual({ state: 'stale', newer: 'astro.config.mjs' });
  });
});
