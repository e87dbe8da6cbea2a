/** Finds the TODO placeholders that `npm run new:article` writes and a writer must replace. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** "file:line: text" for every line under `dir` holding the word TODO; paths relative to `root`. */
export function placeholders(dir: string, root: string): string[] {
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
