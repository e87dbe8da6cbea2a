/**
 * What the one-home test looks for in code, by TypeScript's AST: string
 * literals passed as the name to URLSearchParams-style calls
 * (`params.get('a')`, `url.searchParams.set('a', …)`), so a query
 * parameter's name is read from its module instead of typed again. For
 * .astro files the frontmatter and scripts are located by Astro's parser.
 */
import { parse } from '@astrojs/compiler-rs';
import ts from 'typescript';
import { onlySpan } from './figure-scan/piece';

const PARAM_METHODS = new Set(['get', 'getAll', 'set', 'has', 'append', 'delete']);

export interface ParamName {
  line: number;
  name: string;
}

function namesIn(source: string, fileName: string, jsx: boolean): ParamName[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: ParamName[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && PARAM_METHODS.has(node.expression.name.text)) {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
        found.push({ line: file.getLineAndCharacterOfPosition(first.getStart(file)).line + 1, name: first.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Query-parameter names typed as literals in a .ts, .tsx, .mjs or .astro file. */
export function paramNamesIn(source: string, path: string): ParamName[] {
  if (!path.endsWith('.astro')) return namesIn(source, path, path.endsWith('.tsx'));
  const { ast } = parse(source);
  const spans: { start: number; end: number }[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: string; program?: { start: number; end: number } };
    if ((n.type === 'AstroFrontmatter' || n.type === 'AstroScript') && n.program) spans.push(n.program);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object') walk(value);
    }
  };
  walk(ast);
  return spans.flatMap((s) => namesIn(onlySpan(source, s.start, s.end), path, false));
}
