/**
 * The "may be out of date" badge, end to end: build the real site with
 * BUILD_DATE pinned far in the future (every fact is then more than 12
 * months old) into a scratch directory, and check that every fact on the
 * pages says so, except an unverified one, which says that instead (it has
 * no check to age). The regular build (dist/) is checked against today's
 * date in facts.test.ts. This test costs one extra build (about 10–30 s).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACT_BADGE_TEXT } from '../../src/lib/facts';

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

  for (const page of ['fit', 'goals', 'antipatterns/database-dependency', 'antipatterns/hand-built-orchestration']) {
    it(`/${page}/ marks every fact "may be out of date", or "not verified" where unverified`, () => {
      const root = parse(readFileSync(join(out, page, 'index.html'), 'utf8'));
      const facts = root.querySelectorAll('.fact');
      expect(facts.length).toBeGreaterThan(0);
      const badge = (f: (typeof facts)[number]) => (f.getAttribute('data-unverified') === 'true' ? f.querySelector('.fact-unverified')?.text === FACT_BADGE_TEXT.unverified : f.querySelector('.fact-stale')?.text === FACT_BADGE_TEXT.stale);
      const unmarked = facts.filter((f) => !badge(f)).map((f) => f.text.slice(0, 60));
      expect(unmarked).toEqual([]);
    });
  }
});
