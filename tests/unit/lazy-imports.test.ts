/**
 * Every chunk the site loads on demand goes through the one loader that can
 * really retry (src/components/lazy/load-chunk.ts): a plain import() in a
 * component would bring back the retry that fails without a request on
 * Chromium 150. Each import() must be `lazyChunk(() => import('<path>'), url)`
 * with `url` imported from '<path>?chunk-url', and each path has one loader.
 * (Pagefind's search UI, loaded by src/scripts/search-page.ts from a path
 * known only at run time, is not a chunk of the build and is left out.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/content-files';

const SOURCES = ['src/components', 'src/scripts'];
const EXEMPT = new Set(['src/scripts/search-page.ts']);

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.(tsx?|mjs)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** import(<something>) calls that load code: not `typeof import(…)` type positions, nor `import()` named in comments. */
const DYNAMIC = /(?<!typeof\s)\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?([^)\s][^)]*)\)/g;
const LOADER = /lazyChunk\(\s*\(\)\s*=>\s*import\(\s*'([^']+)'\s*\)\s*,\s*(\w+)\s*\)/g;

interface Use {
  file: string;
  /** The imported module, resolved from the repository root. */
  target: string;
  urlName: string;
}

function scan(): { plain: string[]; loaders: Use[]; urls: Map<string, Map<string, string>> } {
  const plain: string[] = [];
  const loaders: Use[] = [];
  const urls = new Map<string, Map<string, string>>();
  for (const file of SOURCES.flatMap(files)) {
    if (EXEMPT.has(file)) continue;
    const text = readFileSync(join(ROOT, file), 'utf8');
    const here = dirname(join(ROOT, file));
    const inLoader = new Set<number>();
    for (const m of text.matchAll(LOADER)) {
      loaders.push({ file, target: relative(ROOT, resolve(here, m[1]!)), urlName: m[2]! });
      inLoader.add(m.index! + m[0].indexOf('import('));
    }
    for (const m of text.matchAll(DYNAMIC)) {
      // The helper's own retry import (a URL built at run time) is the one place import() may take a variable.
      if (file === 'src/components/lazy/load-chunk.ts' && m[1]!.trim() === 'fresh') continue;
      if (!inLoader.has(m.index!)) plain.push(`${file}: import(${m[1]})`);
    }
    const names = new Map<string, string>();
    for (const m of text.matchAll(/import\s+(\w+)\s+from\s+'([^']+)\?chunk-url'/g)) names.set(m[1]!, relative(ROOT, resolve(here, m[2]!)));
    urls.set(file, names);
  }
  return { plain, loaders, urls };
}

describe('chunks loaded on demand', () => {
  const { plain, loaders, urls } = scan();

  it('are all loaded through lazyChunk', () => {
    expect(loaders.length).toBeGreaterThan(0);
    expect(plain).toEqual([]);
  });

  it('each loader gets the address of the chunk it imports (?chunk-url of the same path)', () => {
    for (const use of loaders) {
      expect(urls.get(use.file)?.get(use.urlName), `${use.file}: ${use.urlName}`).toBe(use.target);
    }
  });

  it('each chunk has one loader, shared by its callers', () => {
    const targets = loaders.map((l) => l.target);
    expect(targets.filter((t, i) => targets.indexOf(t) !== i)).toEqual([]);
  });
});
