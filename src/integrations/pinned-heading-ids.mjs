/**
 * Sätteri (Astro's Markdown/MDX processor) plugin: sets every h2/h3 id once,
 * at parse time, from the `[#id]` marker that ends the heading, and strips the
 * marker from its text. The processor's own heading-ids step then keeps that
 * id, so `headings` from render(), the table of contents and the rendered
 * heading all read the same value. Sätteri does not run remark/rehype
 * plugins, hence an mdast plugin here.
 *
 * The marker is the linking contract: an h2/h3 without one fails the build
 * with the file and line, instead of silently getting a slug that changes
 * when the heading is reworded.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defineMdastPlugin } from 'satteri';

/** `## Heading text [#pinned-id]`: kebab-case id in brackets at the very end. */
export const PINNED_MARKER = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

/**
 * Where a heading is, for error messages: `content/x.mdx:12`.
 * @param {{ fileURL: URL | undefined }} ctx
 * @param {{ position?: { start?: { line?: number } } }} node
 */
function where(ctx, node) {
  const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an MDX file';
  const line = node.position?.start?.line;
  return line ? `${file}:${line}` : file;
}

export const pinnedHeadingIds = defineMdastPlugin({
  name: 'pinned-heading-ids',
  options: { position: true },
  heading(node, ctx) {
    if (node.depth !== 2 && node.depth !== 3) return;
    const last = node.children[node.children.length - 1];
    const match = last?.type === 'text' ? PINNED_MARKER.exec(last.value) : null;
    if (!match || last?.type !== 'text') {
      const text = node.children.map((c) => ('value' in c ? c.value : '')).join('').trim();
      throw new Error(
        `${where(ctx, node)}: the heading "${text}" has no pinned id. End it with a marker such as [#${text
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}]: the id is part of the page's linking contract.`,
      );
    }
    const stripped = last.value.slice(0, match.index);
    /** @type {import('mdast').Text} */
    const rest = { type: 'text', value: stripped };
    const children = stripped === '' ? node.children.slice(0, -1) : [...node.children.slice(0, -1), rest];
    // hProperties become the h2/h3's attributes (mdast-util-to-hast convention, which Sätteri follows).
    const data = /** @type {Record<string, unknown>} */ ({ ...(node.data ?? {}), hProperties: { id: match[1] } });
    return { ...node, data, children };
  },
});
