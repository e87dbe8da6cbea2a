/**
 * The frontmatter contract: every article validates, and a broken field is
 * reported by name (the build adds the file path, as Astro's content
 * collections do: "antipatterns → <slug> data does not match collection schema").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { antipatternSchema, pageSchema } from '../../src/content/schema';
import { byNumber } from '../../src/lib/article-numbers';

const root = fileURLToPath(new URL('../../content/', import.meta.url));

function frontmatter(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return parseYaml(match[1]!);
}

function issues(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('content frontmatter', () => {
  const articles = readdirSync(`${root}antipatterns`).filter((f) => f.endsWith('.mdx'));
  const pages = readdirSync(`${root}pages`).filter((f) => f.endsWith('.mdx'));

  it('finds the articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(pages).toEqual(expect.arrayContaining(['goals.mdx', 'fit.mdx']));
  });

  for (const file of articles) {
    it(`antipatterns/${file} matches the schema`, () => {
      expect(issues(antipatternSchema.safeParse(frontmatter(`${root}antipatterns/${file}`)))).toEqual([]);
    });
  }
  for (const file of pages) {
    it(`pages/${file} matches the schema`, () => {
      expect(issues(pageSchema.safeParse(frontmatter(`${root}pages/${file}`)))).toEqual([]);
    });
  }

  it('antipattern numbers are unique (byNumber names both files otherwise)', () => {
    const entries = articles.map((f) => ({
      id: f.replace(/\.mdx$/, ''),
      filePath: `content/antipatterns/${f}`,
      data: frontmatter(`${root}antipatterns/${f}`) as { number: number },
    }));
    expect(() => byNumber(entries)).not.toThrow();
    const [first, second] = entries;
    if (!first || !second) throw new Error('need two articles');
    expect(() => byNumber([first, { ...second, data: { number: first.data.number } }])).toThrow(
      `No. ${first.data.number} is used by both ${first.filePath} and ${second.filePath}`,
    );
  });

  it('bad fields are reported by name', () => {
    const good = frontmatter(`${root}antipatterns/${articles[0]}`) as Record<string, unknown>;
    const bad = {
      ...good,
      number: 'two',
      hurts: ['speed'],
      aliases: { 'Old Heading': 'summary' },
      sources: [{ title: 'x', publisher: 'y', url: 'not a url', asOf: 'someday' }],
    };
    const found = issues(antipatternSchema.safeParse(bad));
    expect(found.some((i) => i.startsWith('number:'))).toBe(true);
    expect(found.some((i) => i.startsWith('hurts.0:'))).toBe(true);
    expect(found.some((i) => i.startsWith('aliases.Old Heading:') && i.includes('must be lowercase kebab-case'))).toBe(true);
    expect(found.some((i) => i.startsWith('sources.0.url:'))).toBe(true);
    expect(found.some((i) => i.startsWith('sources.0.asOf:'))).toBe(true);
  });
});
