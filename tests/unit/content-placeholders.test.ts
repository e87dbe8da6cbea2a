/**
 * `npm run new:article` writes TODO placeholders that build (so a draft can be
 * previewed) but must never be published: this test lists every one left in
 * content/, with file and line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** "file:line: text" for every line of every file under `dir` that holds the word TODO. */
export function placeholders(dir: string): string[] {
  const found: string[] = [];
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/\bTODO\b/.test(line)) found.push(`${relative(root, path)}:${i + 1}: ${line.trim()}`);
      });
  };
  visit(dir);
  return found;
}

describe('content placeholders', () => {
  it('no TODO from the article scaffold is left in content/', () => {
    const left = placeholders(join(root, 'content'));
    expect(left, `Replace these placeholders before publishing:\n${left.join('\n')}`).toEqual([]);
  });
});
