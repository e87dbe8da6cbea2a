/**
 * The figure scan's reader for .astro files: Astro's own parser (the
 * compiler the build uses) splits the file into frontmatter, template and
 * scripts; template text and plain attribute values are read from its tree,
 * and every piece of code (the frontmatter, each `{expression}`, each
 * `<script>`) goes to TypeScript's parser (./typescript.ts).
 */
import { parse } from '@astrojs/compiler-rs';
import { lineAt, onlySpan, type TextPiece } from './piece';
import { SKIPPED_ELEMENTS } from './skipped';
import { tsPieces, tsSyntaxErrors } from './typescript';

/** Attributes that hold markup, geometry or addresses, never words (an SVG path's "10 s" is a curve). */
const NOT_WORDS = new Set(['class', 'class:list', 'style', 'd', 'points', 'viewBox', 'transform', 'href', 'src', 'action', 'id', 'for', 'name', 'type', 'rel', 'role', 'lang', 'is:raw']);
/** Of those, the ones that hold addresses: read when the caller asks for addresses (the one-home test looks for routes). */
const ADDRESSES = new Set(['href', 'src', 'action']);

export interface ReadOptions {
  /** Also return the values of href, src and action. */
  addresses?: boolean;
}

interface AstroNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (v: unknown): v is AstroNode => typeof v === 'object' && v !== null && typeof (v as AstroNode).type === 'string';

/** `<Foo.Bar>` → "Foo.Bar", `<svg:g>` → "svg:g". */
function elementName(name: unknown): string {
  if (!isNode(name)) return '';
  if (name.type === 'JSXIdentifier') return String(name.name);
  if (name.type === 'JSXMemberExpression') return `${elementName(name.object)}.${elementName(name.property)}`;
  if (name.type === 'JSXNamespacedName') return `${elementName(name.namespace)}:${elementName(name.name)}`;
  return '';
}

export interface AstroRead {
  pieces: TextPiece[];
  /** Parse errors (Astro's or TypeScript's): a file the scan could not read fully. */
  errors: string[];
}

export function astroPieces(source: string, path: string, options: ReadOptions = {}): AstroRead {
  const { ast, diagnostics } = parse(source);
  const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${path}: ${d.text}`);
  const pieces: TextPiece[] = [];
  const code = (start: number, end: number, jsx: boolean) => {
    const span = onlySpan(source, start, end);
    errors.push(...tsSyntaxErrors(span, path, jsx));
    pieces.push(...tsPieces(span, path, jsx));
  };
  const text = (node: AstroNode, value: string) => {
    if (value.trim() !== '') pieces.push({ line: lineAt(source, node.start), text: value });
  };

  const visit = (node: AstroNode): void => {
    switch (node.type) {
      case 'AstroFrontmatter':
      case 'AstroScript': {
        const program = node.program;
        if (isNode(program)) code(program.start, program.end, false);
        return;
      }
      case 'AstroComment':
      case 'AstroDoctype':
        return;
      case 'JSXText':
        text(node, String(node.value));
        return;
      case 'JSXExpressionContainer':
        // The braces are Astro's; what is inside is a TypeScript expression, JSX allowed.
        code(node.start + 1, node.end - 1, true);
        return;
      case 'JSXElement': {
        const opening = node.openingElement as AstroNode;
        if (SKIPPED_ELEMENTS.has(elementName(opening.name))) return;
        for (const attribute of (opening.attributes as AstroNode[]) ?? []) {
          if (attribute.type === 'JSXSpreadAttribute') {
            // `{...props}`: TypeScript reads the spread value alone.
            const argument = attribute.argument;
            if (isNode(argument)) code(argument.start, argument.end, true);
            continue;
          }
          const value = attribute.value;
          const name = elementName(attribute.name);
          if (!isNode(value) || (NOT_WORDS.has(name) && !(options.addresses && ADDRESSES.has(name)))) continue;
          if (value.type === 'Literal' && typeof value.value === 'string') text(value, value.value);
          else visit(value);
        }
        for (const child of (node.children as AstroNode[]) ?? []) visit(child);
        return;
      }
      default:
        // AstroRoot, fragments and anything newer: read their child nodes.
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.filter(isNode).forEach(visit);
          else if (isNode(value)) visit(value);
        }
    }
  };
  visit(ast as AstroNode);
  return { pieces, errors };
}
