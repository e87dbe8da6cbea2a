/**
 * Code samples in the guide: every YAML, JSON and TypeScript block parses,
 * and every one names the document it follows, so a reader can check it
 * against the provider's current guidance.
 *
 * Naming rule: YAML and TypeScript blocks start with a comment
 * "Follows: <document title>" and the document's https URL on the next
 * comment line; a JSON block (JSON has no comments) is introduced by a
 * paragraph that links the document it follows.
 *
 * Whether CloudFormation templates lint clean and state machines validate
 * is code-samples-deploy.test.ts's job.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codeBlocks, parseBlock, where, type Block } from '../support/code-blocks';

function yamlErrors(code: string): string[] {
  return parseBlock({ lang: 'yaml', code }).errors;
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
  const all = codeBlocks();

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
    it(`${where(block)} parses and names the document it follows`, () => {
      expect(block.lang, 'give every code block a language').not.toBe('');
      if (block.lang === 'yaml' || block.lang === 'yml') expect(yamlErrors(block.code)).toEqual([]);
      if (block.lang === 'json') expect(() => JSON.parse(block.code)).not.toThrow();
      if (block.lang === 'ts' || block.lang === 'typescript') expect(tsErrors(block.code)).toEqual([]);
      if (PARSED.has(block.lang)) expect(follows(block), 'start with "Follows: <title>" and the URL on the next comment line').toBe(true);
    });
  }
});
