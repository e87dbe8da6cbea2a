/**
 * Code samples in the guide: every YAML, JSON and TypeScript block parses,
 * and every one names the document it follows, so a reader can check it
 * against the provider's current guidance.
 *
 * Naming rule: YAML and TypeScript blocks start with a comment
 * "Follows: <document title>" and the document's https URL on the next
 * comment line; a JSON block (JSON has no comments) is introduced by a
 * paragraph that links the document it follows.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, type Tags } from 'yaml';
import { lineOf, mdxFiles } from '../support/content-files';

interface Block {
  file: string;
  line: number;
  lang: string;
  code: string;
  before: string;
}

function blocks(): Block[] {
  const out: Block[] = [];
  for (const file of mdxFiles()) {
    for (const m of file.text.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```\s*$/gm)) {
      const before = file.text.slice(0, m.index).trimEnd().split('\n\n').pop() ?? '';
      out.push({ file: file.path, line: lineOf(file.text, m.index!), lang: m[1]!.toLowerCase(), code: m[2]!, before });
    }
  }
  return out;
}

/** CloudFormation's short-form intrinsic functions, so templates parse as the tools read them. */
const CFN_TAGS: Tags = ['Ref', 'GetAtt', 'Sub', 'Join', 'If', 'Equals', 'Not', 'And', 'Or', 'Select', 'Split', 'FindInMap', 'ImportValue', 'GetAZs', 'Base64', 'Cidr', 'Condition'].flatMap(
  (name) => ['scalar', 'seq', 'map'].map((kind) => ({ tag: `!${name}`, collection: kind === 'scalar' ? undefined : (kind as 'seq' | 'map'), resolve: (v: unknown) => v }) as never),
);

function yamlErrors(code: string): string[] {
  return parseAllDocuments(code, { customTags: CFN_TAGS, strict: true }).flatMap((doc) =>
    'errors' in doc ? [...doc.errors, ...doc.warnings].map((e) => e.message) : [],
  );
}

function tsErrors(code: string): string[] {
  const out = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

function follows(block: Block): boolean {
  if (block.lang === 'json') return /\]\(https:\/\/[^)]+\)/.test(block.before);
  const comment = block.lang === 'yaml' || block.lang === 'yml' ? '#' : '//';
  const [first = '', second = ''] = block.code.split('\n');
  return first.trim().startsWith(`${comment} Follows: `) && new RegExp(`^\\s*${comment} https://\\S+$`).test(second);
}

const PARSED = new Set(['yaml', 'yml', 'json', 'ts', 'typescript']);

describe('code samples', () => {
  const all = blocks();

  it('the checks catch broken samples', () => {
    expect(yamlErrors('a: [1, 2\nb: 3\n').length).toBeGreaterThan(0);
    expect(yamlErrors('Queue: !GetAtt PhotoQueue.Arn\n')).toEqual([]);
    expect(tsErrors('export const x = (a: number => a;').length).toBeGreaterThan(0);
    expect(tsErrors('import type { A } from "b";\nexport const f = (a: A) => a;\n')).toEqual([]);
  });

  it('finds the samples', () => {
    expect(all.filter((b) => PARSED.has(b.lang)).length).toBeGreaterThanOrEqual(5);
  });

  for (const block of all) {
    const where = `${block.file}:${block.line} (${block.lang || 'no language'})`;
    it(`${where} parses and names the document it follows`, () => {
      expect(block.lang, 'give every code block a language').not.toBe('');
      if (block.lang === 'yaml' || block.lang === 'yml') expect(yamlErrors(block.code)).toEqual([]);
      if (block.lang === 'json') expect(() => JSON.parse(block.code)).not.toThrow();
      if (block.lang === 'ts' || block.lang === 'typescript') expect(tsErrors(block.code)).toEqual([]);
      if (PARSED.has(block.lang)) expect(follows(block), 'start with "Follows: <title>" and the URL on the next comment line').toBe(true);
    });
  }
});
