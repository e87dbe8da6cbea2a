/** Reads a record's structure the way Markdown renderers see it (markdown-it, CommonMark). */
import MarkdownIt from 'markdown-it';

const parser = new MarkdownIt('commonmark');

export interface Structure {
  /** `h1 Title`, `h2 Status`, … in document order, with the text as rendered. */
  readonly headings: string[];
  /** Every link target. */
  readonly links: string[];
  /** Raw HTML the renderer would pass through. */
  readonly html: string[];
  readonly images: string[];
}

export function structure(markdown: string): Structure {
  const tokens = parser.parse(markdown, {});
  const headings: string[] = [];
  const links: string[] = [];
  const html: string[] = [];
  const images: string[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') headings.push(`${token.tag} ${plainText(tokens[i + 1])}`);
    if (token.type === 'html_block') html.push(token.content);
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') links.push(child.attrGet('href') ?? '');
      if (child.type === 'html_inline') html.push(child.content);
      if (child.type === 'image') images.push(child.attrGet('src') ?? '');
    }
  });
  return { headings, links, html, images };
}

/** The text of an inline token as a reader sees it: escapes resolved, markup dropped. */
function plainText(inline: { children: Array<{ type: string; content: string }> | null } | undefined): string {
  return (inline?.children ?? []).filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join('');
}
