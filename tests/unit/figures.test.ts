/**
 * No platform figure typed twice: numbers with units in the articles and in
 * the quiz's text must come from the facts registry. The rule (what counts,
 * and why <Scenario> arithmetic and code are exempt) is documented in
 * src/lib/figures.ts.
 */
import { describe, expect, it } from 'vitest';
import { mdxFiles, quizSources } from '../support/content-files';
import { figuresIn, proseForFigureScan, stringLiteralsOnly } from '../../src/lib/figures';

describe('platform figures outside the registry', () => {
  it('the scan recognises figures, and exempts code, facts and scenarios', () => {
    const sample = [
      'Lambda allows 15 minutes and 10,240 MB at $0.20.',
      '<Fact id="aws-lambda-timeout-max" /> is fine.',
      '```yaml',
      'Timeout: 900 # 15 minutes',
      '```',
      '<Scenario title="x">',
      'About 30 requests per second, $48 a month.',
      '</Scenario>',
      'Inline `900 s` code is fine.',
    ].join('\n');
    expect(figuresIn(proseForFigureScan(sample))).toEqual([
      { line: 1, figure: '15 minutes' },
      { line: 1, figure: '10,240 MB' },
      { line: 1, figure: '$0.20' },
    ]);
    expect(figuresIn(stringLiteralsOnly("// 5 minutes\nconst a = 'wait 5 minutes';\n"))).toEqual([{ line: 2, figure: '5 minutes' }]);
  });

  for (const file of mdxFiles()) {
    it(`${file.path} types no platform figure by hand`, () => {
      const hits = figuresIn(proseForFigureScan(file.text)).map((h) => `${file.path}:${h.line}: "${h.figure}"`);
      expect(hits, 'use <Fact id> from content/facts/, or put worked arithmetic inside <Scenario>').toEqual([]);
    });
  }

  it('the quiz text types no platform figure', () => {
    const lines: string[] = [];
    for (const file of quizSources()) {
      for (const h of figuresIn(stringLiteralsOnly(file.text))) lines.push(`${file.path}:${h.line}: "${h.figure}"`);
    }
    expect(lines, 'read the figure from the facts registry (content/facts/) instead').toEqual([]);
  });
});
