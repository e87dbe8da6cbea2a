/**
 * The registry facts an MDX page shows, read from its tree (Sätteri, the
 * parser the build uses): every `<Fact id>` and every fact a `<Calc of>`
 * sum is built on, in order of first use, outside code. The page's Sources,
 * `npm run facts` and the date tests all read a page's facts here.
 */
import { mdxToMdast } from 'satteri';
import { calcFactIds } from './calc.ts';

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** The value of a plain `name="…"` attribute. */
function attribute(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

export function factIdsIn(mdx: string): string[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  const walk = (node: Node): void => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const id = node.name === 'Fact' ? attribute(node, 'id') : undefined;
      if (id) add(id);
      const of = node.name === 'Calc' ? attribute(node, 'of') : undefined;
      if (of) calcFactIds(of).forEach(add);
    }
    (node.children ?? []).forEach(walk);
  };
  walk(mdxToMdast(mdx, { position: false }) as unknown as Node);
  return ids;
}
