/**
 * `npm run new:article` writes TODO placeholders that build (so a draft can be
 * previewed) but must never be published: every one left in content/ is
 * listed with file and line.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffold } from '../../scripts/new-article.mjs';
import { placeholders } from '../support/placeholders';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('content placeholders', () => {
  it('no TODO from the article scaffold is left in content/', () => {
    const left = placeholders(join(root, 'content'), root);
    expect(left, `Replace these placeholders before publishing:\n${left.join('\n')}`).toEqual([]);
  });

  it('an unfilled scaffold is caught, with file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'placeholders-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'content/antipatterns'), { recursive: true });
    const text = scaffold({ slug: 'new-one', number: 4, date: '2026-11-27' });
    writeFileSync(join(dir, 'content/antipatterns/new-one.mdx'), text);
    const found = placeholders(join(dir, 'content'), dir);
    // Line numbers read from the scaffold itself, so a field added above them does not break the test.
    const lineOf = (start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
    expect(lineOf('summary: "TODO')).toBeGreaterThan(1);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^content/antipatterns/new-one\\.mdx:${lineOf('summary: "TODO')}: summary: "TODO`)),
        expect.stringMatching(new RegExp(`^content/antipatterns/new-one\\.mdx:${lineOf('stage: ')}: stage: .*TODO`)),
      ]),
    );
    expect(found.length).toBeGreaterThanOrEqual(8);
  });
});
