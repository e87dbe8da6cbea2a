/**
 * The figure scan over the site's sources: each file goes to the reader for
 * its kind (real parsers, no regexes over source text), and every piece of
 * text they return is checked with the rule in src/lib/figures.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { figuresIn } from '../../../src/lib/figures';
import { ROOT } from '../content-files';
import { astroPieces, type ReadOptions } from './astro';
import { mdxPieces } from './mdx';
import type { TextPiece } from './piece';
import { tsPieces, tsSyntaxErrors } from './typescript';

/** The kinds of file the scan reads, and where. content/facts/ is the registry itself. */
export const SCANNED_EXTENSIONS = ['.astro', '.tsx', '.ts', '.mts', '.mjs', '.mdx', '.md'] as const;
export const SCANNED_DIRS = ['src', 'content'] as const;
const NOT_SCANNED = [join('content', 'facts')];

export interface Read {
  pieces: TextPiece[];
  errors: string[];
}

/** The pieces of text a reader could see in one file, by the parser for its kind (with `addresses`, link targets too). */
export function readPieces(path: string, source: string, options: ReadOptions = {}): Read {
  if (path.endsWith('.astro')) return astroPieces(source, path, options);
  if (path.endsWith('.mdx') || path.endsWith('.md')) return mdxPieces(source, path);
  const jsx = path.endsWith('.tsx');
  return { pieces: tsPieces(source, path, jsx), errors: tsSyntaxErrors(source, path, jsx) };
}

export interface FigureFinding {
  path: string;
  line: number;
  figure: string;
}

/** Every figure typed in one file, with its line. */
export function figuresInFile(path: string, source: string): { findings: FigureFinding[]; errors: string[] } {
  const { pieces, errors } = readPieces(path, source);
  const findings = pieces.flatMap((piece) => figuresIn(piece.text).map((hit) => ({ path, line: piece.line + hit.line - 1, figure: hit.figure })));
  return { findings, errors };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const abs = join(dir, d.name);
    if (d.isDirectory()) return NOT_SCANNED.includes(relative(ROOT, abs)) ? [] : walk(abs);
    return SCANNED_EXTENSIONS.some((e) => d.name.endsWith(e)) && !d.name.endsWith('.d.ts') ? [abs] : [];
  });
}

/** Every file the scan reads, path from the repository root. */
export function scannedFiles(): { path: string; text: string }[] {
  return SCANNED_DIRS.flatMap((dir) => walk(join(ROOT, dir))).map((abs) => ({ path: relative(ROOT, abs), text: readFileSync(abs, 'utf8') }));
}
