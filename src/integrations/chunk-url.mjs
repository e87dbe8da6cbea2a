// @ts-check
/**
 * `import url from './Part.tsx?chunk-url'` gives the address of the chunk
 * that `import('./Part.tsx')` loads in the built site, so that a retry can
 * import the same chunk under a fresh address (src/components/lazy/load-chunk.ts
 * says why). In the client build the module is emitted as a chunk and its
 * address read from Rolldown (`import.meta.ROLLUP_FILE_URL_…`), so the URL
 * always names the file the import loads, hash included. In the dev server
 * it is the source path Vite serves; on the server side it is never used.
 */
import { posix, relative } from 'node:path';

const SUFFIX = '?chunk-url';
const PREFIX = '\0chunk-url:';
const MARK = '@@chunk-url@@';
/** The marker as load() writes it, in either quote the bundler may print. */
const MARKED = /(["'`])@@chunk-url@@(.+?)@@chunk-url@@\1/g;

/**
 * `import path from './part.ts?chunk-path'`: the site path of that module's
 * chunk ("/_astro/part.<hash>.js"), emitted as a chunk of its own even when
 * nothing import()s it. For a page script the build inlines (the decision
 * map's, src/map/start.ts): it loads the chunk with import(path), which the
 * bundler leaves alone, so the script gains no static import (the preload
 * helper) and stays inline; a path relative to import.meta.url would
 * resolve against the page's address there.
 */
const PATH_SUFFIX = '?chunk-path';
const PATH_PREFIX = '\0chunk-path:';
const PATH_MARK = '@@chunk-path@@';
const PATH_MARKED = /(["'`])@@chunk-path@@(.+?)@@chunk-path@@\1/g;

/** @returns {import('vite').Plugin} */
export function chunkUrl() {
  /** @type {import('vite').ResolvedConfig} */
  let config;
  return {
    name: 'really-serverless:chunk-url',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    async resolveId(source, importer) {
      if (source.endsWith(PATH_SUFFIX)) {
        const target = await this.resolve(source.slice(0, -PATH_SUFFIX.length), importer, { skipSelf: true });
        if (!target) return this.error(`chunk-path: cannot resolve ${source} from ${importer ?? 'the entry'}`);
        return PATH_PREFIX + target.id;
      }
      if (!source.endsWith(SUFFIX)) return null;
      const target = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      if (!target) return this.error(`chunk-url: cannot resolve ${source} from ${importer ?? 'the entry'}`);
      return PREFIX + target.id;
    },
    load(id) {
      if (id.startsWith(PATH_PREFIX)) {
        const target = id.slice(PATH_PREFIX.length);
        if (config.command === 'serve') return `export default ${JSON.stringify(`/${relative(config.root, target)}`)};`;
        if (this.environment.config.consumer === 'server') return 'export default "";';
        this.emitFile({ type: 'chunk', id: target });
        return `export default ${JSON.stringify(PATH_MARK + target + PATH_MARK)};`;
      }
      if (!id.startsWith(PREFIX)) return null;
      const target = id.slice(PREFIX.length);
      if (config.command === 'serve') {
        return `export default ${JSON.stringify(`/${relative(config.root, target)}`)};`;
      }
      if (this.environment.config.consumer === 'server') return 'export default "";';
      return `export default ${JSON.stringify(MARK + target + MARK)};`;
    },
    // The dynamic import of the same module made that module's chunk; its
    // file name here still carries Rolldown's hash placeholder, which is
    // filled in with the rest of the code, so the hash is always the final one.
    renderChunk(code, chunk, _options, meta) {
      if (code.includes(PATH_MARK)) {
        code = code.replace(PATH_MARKED, (_match, _quote, target) => {
          const file = Object.values(meta.chunks).find((c) => c.moduleIds.includes(target))?.fileName;
          if (file === undefined) return this.error(`chunk-path: no chunk holds ${target}`);
          return JSON.stringify(`${config.base}${file}`);
        });
        if (!code.includes(MARK)) return code;
      }
      if (!code.includes(MARK)) return null;
      const from = posix.dirname(chunk.fileName);
      return code.replace(MARKED, (_match, _quote, target) => {
        // The chunk that holds the module: its own, or a shared one when
        // other code imports it statically too (import() loads that one).
        const file = Object.values(meta.chunks).find((c) => c.moduleIds.includes(target))?.fileName;
        if (file === undefined) return this.error(`chunk-url: no chunk holds ${target}; import() it where its ?chunk-url is imported`);
        const path = posix.relative(from, file);
        return `new URL(${JSON.stringify(path.startsWith('.') ? path : `./${path}`)}, import.meta.url).href`;
      });
    },
  };
}
