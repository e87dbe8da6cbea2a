// @ts-check
/**
 * `import fact from '…/content/facts/<id>.json?figure' with { type: 'json' }`
 * gives a registry fact's figure only ({ value, unit, display }): the quiz's
 * question records quote limits this way, and the browser bundles then carry
 * a few bytes per fact instead of each fact's claim, source and notes.
 * Without this plugin (Node running the tests) the query is ignored and the
 * whole fact is read, which holds the same three fields.
 */
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';

const PREFIX = '\0fact-figure:';

/** @returns {import('vite').Plugin} */
export function factFigures() {
  return {
    name: 'fact-figures',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith('.json?figure') || importer === undefined) return null;
      // The id must not end in .json, or Vite's JSON plugin would parse the module this returns.
      return PREFIX + resolve(dirname(importer.split('?')[0] ?? importer), source.slice(0, -'.json?figure'.length));
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = `${id.slice(PREFIX.length)}.json`;
      this.addWatchFile(file);
      const { value, unit, display } = JSON.parse(readFileSync(file, 'utf8'));
      return `export default ${JSON.stringify({ value, unit, display })};`;
    },
  };
}
