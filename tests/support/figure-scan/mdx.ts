/**
 * The figure scan's reader for .mdx and .md: Sätteri, the parser the build
 * itself uses (Astro 7's Markdown/MDX processor), gives the mdast tree;
 * prose, headings (without their `[#id]` marker), link text, image text and
 * plain attribute values are read from it, the frontmatter through the
 * `yaml` parser, and every piece of code inside the MDX (imports, exports,
 * `{expressions}`, `attr={…}`) through TypeScript's parser.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { PINNED_MARKER } from '../../../src/integrations/pinned-heading-ids.mjs';
import { lineAt, onlySpan, type TextPiece } from './piece';
import { SKIPPED_ELEMENTS } from './skipped';
import { tsPieces, tsSyntaxErrors } from './typescript';

/** Frontmatter fields that hold dates, numbers and addresses, not prose. */
const NOT_PROSE_KEYS = new Set(['updated', 'asOf', 'year', 'number', 'url']);

interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  name?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; offset: number }; end: { offset: number } };
}

export interface MdxRead {
  pieces: TextPiece[];
  errors: string[];
}

export function mdxPieces(source: string, path: string): MdxRead {
  const isMdx = path.endsWith('.mdx');
  const tree = (isMdx ? mdxToMdast(source) : markdownToMdast(source)) as unknown as MdNode;
  const pieces: TextPiece[] = [];
  const errors: string[] = [];
  const at = (node: MdNode) => node.position?.start.offset ?? 0;
  const text = (line: number, value: string) => {
    if (value.trim() !== '') pieces.push({ line, text: value });
  };
  /** TypeScript reads `inner`, found at or after `from` in the file. */
  const code = (inner: string, from: number, jsx: boolean) => {
    const start = source.indexOf(inner, from);
    if (start < 0) {
      errors.push(`${path}:${lineAt(source, from)}: could not locate an expression in the source`);
      return;
    }
    const span = onlySpan(source, start, start + inner.length);
    errors.push(...tsSyntaxErrors(span, path, jsx));
    pieces.push(...tsPieces(span, path, jsx));
  };

  const frontmatter = (node: MdNode) => {
    const yaml = node.value ?? '';
    const base = source.indexOf(yaml, at(node));
    const doc = parseDocument(yaml, { lineCounter: new LineCounter() });
    const walk = (value: unknown, key: string | undefined): void => {
      if (key !== undefined && NOT_PROSE_KEYS.has(key)) return;
      if (isMap(value)) for (const pair of value.items) walk(pair.value, isScalar(pair.key) ? String(pair.key.value) : undefined);
      else if (isSeq(value)) for (const item of value.items) walk(item, undefined);
      else if (isScalar(value) && typeof value.value === 'string' && !/^https?:\/\//.test(value.value)) {
        text(lineAt(source, base + ((value as YamlNode).range?.[0] ?? 0)), value.value);
      }
    };
    walk(doc.contents, undefined);
  };

  const visit = (node: MdNode): void => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'yaml':
        frontmatter(node);
        return;
      case 'code':
      case 'inlineCode':
      case 'html':
        return;
      case 'text':
        text(line, node.value ?? '');
        return;
      case 'image':
        text(line, node.alt ?? '');
        return;
      case 'heading': {
        // The `[#id]` marker is the anchor, not words on the page.
        const kids = node.children ?? [];
        const last = kids[kids.length - 1];
        if (last?.type === 'text' && last.value) kids[kids.length - 1] = { ...last, value: last.value.replace(PINNED_MARKER, '') };
        kids.forEach(visit);
        return;
      }
      case 'mdxjsEsm':
        code(node.value ?? '', at(node), true);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        code(node.value ?? '', at(node), true);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (SKIPPED_ELEMENTS.has(node.name ?? '')) return;
        for (const attribute of node.attributes ?? []) {
          const value = attribute.value;
          if (attribute.type === 'mdxJsxExpressionAttribute' && typeof value === 'string') code(value, at(node), true);
          else if (typeof value === 'string') text(lineAt(source, Math.max(at(node), source.indexOf(value, at(node)))), value);
          else if (typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'string') {
            code((value as { value: string }).value, at(node), true);
          }
        }
        (node.children ?? []).forEach(visit);
        return;
      }
      default:
        (node.children ?? []).forEach(visit);
    }
  };
  visit(tree);
  return { pieces, errors };
}
