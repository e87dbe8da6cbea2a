/**
 * The guide's source files as the content tests read them: every MDX page
 * under content/, the registry's JSON facts, and the quiz's TypeScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONTENT = join(ROOT, 'content');

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
  );
}

export interface MdxFile {
  /** Path from the repository root, e.g. "content/pages/fit.mdx". */
  path: string;
  text: string;
  frontmatter: Record<string, unknown>;
}

export function mdxFiles(): MdxFile[] {
  return walk(CONTENT, '.mdx').map((abs) => {
    const text = readFileSync(abs, 'utf8');
    const fm = /^---\n([\s\S]*?)\n---/.exec(text);
    return { path: relative(ROOT, abs), text, frontmatter: fm ? (parseYaml(fm[1]!) as Record<string, unknown>) : {} };
  });
}

export function factFiles(): { id: string; path: string; data: unknown }[] {
  return walk(join(CONTENT, 'facts'), '.json').map((abs) => ({
    id: abs.slice(abs.lastIndexOf('/') + 1, -'.json'.length),
    path: relative(ROOT, abs),
    data: JSON.parse(readFileSync(abs, 'utf8')),
  }));
}

export function quizSources(): { path: string; text: string }[] {
  return walk(join(ROOT, 'src', 'quiz'), '.ts').map((abs) => ({ path: relative(ROOT, abs), text: readFileSync(abs, 'utf8') }));
}

/** 1-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
