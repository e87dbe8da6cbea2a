/**
 * The "may be out of date" badge, end to end: build the real site with
 * BUILD_DATE pinned far in the future (every fact is then more than 12
 * months old) into a scratch directory, and check that every fact on the
 * pages says so. The regular build (dist/) is checked against today's date
 * in facts.test.ts. This test costs one extra build (about 10–30 s).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FUTURE = '2031-01-01';
let out = '';

describe(`a build with BUILD_DATE=${FUTURE}`, () => {
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'facts-stale-'));
    execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: ROOT,
      env: { ...process.env, BUILD_DATE: FUTURE },
      stdio: 'pipe',
    });
  }, 180_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  for (const page of ['fit', 'goals', 'antipatterns/database-dependency']) {
    it(`/${page}/ marks every fact "may be out of date"`, () => {
      const root = parse(readFileSync(join(out, page, 'index.html'), 'utf8'));
      const facts = root.querySelectorAll('.fact');
      expect(facts.length).toBeGreaterThan(0);
      const unmarked = facts.filter((f) => f.querySelector('.fact-stale')?.text !== 'may be out of date').map((f) => f.text.slice(0, 60));
      expect(unmarked).toEqual([]);
    });
  }
});
