/**
 * Where a worked sum is typed by hand next to a price: a block of an MDX
 * page (paragraph, table cell, heading) that shows a registry price (a
 * `<Fact>` whose unit is money, or a money `<Calc>`) and also types a
 * dollar amount. Such an amount is almost always built on the price, and a
 * typed one silently goes wrong when the price changes; `<Calc>` computes
 * it instead. Read from Sätteri's tree, so code is never mistaken for prose.
 */
import { mdxToMdast } from 'satteri';
import { calcFactIds, evaluateCalc, type CalcFact } from '../../src/lib/calc';

interface Node {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const DOLLARS = /\$\s?\d+(?:,\d{3})*(?:\.\d+)?/g;
const BLOCKS = new Set(['paragraph', 'tableCell', 'heading']);

function attribute(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

export interface TypedSum {
  line: number;
  amount: string;
}

/** Dollar amounts typed in blocks that also show a registry price. */
export function typedSumsIn(mdx: string, lookup: (id: string) => CalcFact | undefined): TypedSum[] {
  const isMoneyFact = (id: string) => /^USD\b/.test(lookup(id)?.unit ?? '');
  const found: TypedSum[] = [];
  const scanBlock = (block: Node) => {
    let showsPrice = false;
    const typed: TypedSum[] = [];
    const walk = (node: Node): void => {
      if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
        const id = node.name === 'Fact' ? attribute(node, 'id') : undefined;
        if (id && isMoneyFact(id)) showsPrice = true;
        const of = node.name === 'Calc' ? attribute(node, 'of') : undefined;
        if (of && calcFactIds(of).some(isMoneyFact) && evaluateCalc(of, lookup).money) showsPrice = true;
      }
      if (node.type === 'text') {
        for (const m of (node.value ?? '').matchAll(DOLLARS)) typed.push({ line: node.position?.start.line ?? 0, amount: m[0] });
      }
      (node.children ?? []).forEach(walk);
    };
    walk(block);
    if (showsPrice) found.push(...typed);
  };
  const visit = (node: Node): void => {
    if (BLOCKS.has(node.type)) scanBlock(node);
    else (node.children ?? []).forEach(visit);
  };
  visit(mdxToMdast(mdx) as unknown as Node);
  return found;
}

/** Every `<Calc of>` expression of a page, with its line, outside code. */
export function calcsIn(mdx: string): { line: number; of: string; digits?: string }[] {
  const out: { line: number; of: string; digits?: string }[] = [];
  const visit = (node: Node): void => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Calc') {
      const digits = node.attributes?.find((a) => a.name === 'digits')?.value as { value?: string } | undefined;
      out.push({ line: node.position?.start.line ?? 0, of: attribute(node, 'of') ?? '', ...(digits?.value === undefined ? {} : { digits: digits.value }) });
    }
    (node.children ?? []).forEach(visit);
  };
  visit(mdxToMdast(mdx) as unknown as Node);
  return out;
}
