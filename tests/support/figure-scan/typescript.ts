/**
 * The figure scan's reader for code (.ts, .tsx, .mjs, and the code parts of
 * .astro and .mdx files): TypeScript's own parser finds every string
 * literal, template text and JSX text, so comments, identifiers, numbers
 * in code and regular expressions are never mistaken for prose.
 */
import ts from 'typescript';
import { SKIPPED_ELEMENTS } from './skipped';
import type { TextPiece } from './piece';

/** The name of a JSX element as written (`Scenario`, `code`, `Foo.Bar`). */
function tagName(node: ts.JsxOpeningLikeElement): string {
  return node.tagName.getText();
}

/**
 * Every piece of text in `source` a reader could see. `source` may be a
 * whole file or a file with everything but one span blanked (see onlySpan):
 * lines are counted in `source` either way.
 */
export function tsPieces(source: string, fileName: string, jsx: boolean): TextPiece[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const pieces: TextPiece[] = [];
  const add = (node: ts.Node, text: string) => {
    if (text.trim() === '') return;
    // JSX text has no trivia: its text starts at `pos`, leading newlines included, so lines count from there.
    const start = ts.isJsxText(node) ? node.pos : node.getStart(file);
    pieces.push({ line: file.getLineAndCharacterOfPosition(start).line + 1, text });
  };
  const visit = (node: ts.Node): void => {
    // Module names and type-only strings are addresses, not prose.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportTypeNode(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    // A worked scenario, a registry fact or a sum, and code samples are exempt (src/lib/figures.ts).
    if (ts.isJsxElement(node) && SKIPPED_ELEMENTS.has(tagName(node.openingElement))) return;
    if (ts.isJsxSelfClosingElement(node) && SKIPPED_ELEMENTS.has(tagName(node))) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) add(node, node.text);
    else if (ts.isJsxText(node)) add(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return pieces;
}

/**
 * The syntax errors TypeScript reports for `source` (public API: a
 * transpile that reports diagnostics), so the scan never trusts a tree it
 * misread, such as a badly sliced .astro expression.
 */
export function tsSyntaxErrors(source: string, fileName: string, jsx: boolean): string[] {
  const out = ts.transpileModule(source, {
    fileName: jsx ? fileName.replace(/\.[^.]*$/, '.tsx') : fileName.replace(/\.[^.]*$/, '.ts'),
    reportDiagnostics: true,
    compilerOptions: { jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.Latest, noEmit: false },
  });
  return (out.diagnostics ?? []).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : '?';
    return `${fileName}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}
