/** The article scaffold (scripts/new-article.mjs) is valid as written and carries the standard sections. */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { antipatternSchema, stageSchema } from '../../src/content/schema';
import { scaffold } from '../../scripts/new-article.mjs';

describe('new:article scaffold', () => {
  const text = scaffold({ slug: 'cold-starts-on-critical-paths', number: 12, date: '2026-11-27' });
  const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');

  it('has frontmatter the schema accepts, with the number, date and origin given', () => {
    const parsed = antipatternSchema.safeParse(data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toMatchObject({ number: 12, origin: 'field', quiz: [], title: 'Cold starts on critical paths' });
    expect(stageSchema.options).toContain(parsed.data?.stage);
    expect(parsed.data?.updated.toISOString().slice(0, 10)).toBe('2026-11-27');
  });

  it('has the standard sections in order, each with its pinned id', () => {
    const ids = [...text.matchAll(/^## .+ \[#([a-z-]+)\]$/gm)].map((m) => m[1]);
    expect(ids).toEqual(['summary', 'symptoms', 'why-it-hurts', 'instead', 'acceptable']);
  });

  it('marks what the writer must replace, including the placeholder source', () => {
    expect(text).toMatch(/summary: "TODO/);
    // The stage is a choice the writer must confirm: its line carries a TODO naming all three.
    const stageLine = /^stage: .*$/m.exec(text)?.[0] ?? '';
    expect(stageLine).toMatch(/\bTODO\b/);
    for (const stage of stageSchema.options) expect(stageLine).toContain(stage);
    expect(text).toMatch(/url: https:\/\/example\.org\/TODO/);
    expect(text.match(/\bTODO\b/g)?.length).toBeGreaterThanOrEqual(8);
  });
});
