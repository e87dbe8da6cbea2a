/**
 * The two sections the layout adds after every guide page's own content:
 * "Related quiz questions" (#quiz, articles only) and "Sources" (#sources).
 * Their ids are part of the linking contract, so they are fixed here, and a
 * page that still writes either heading by hand fails the build.
 */
import type { TocEntry } from './headings';

export const PAGE_END_SECTIONS = {
  quiz: 'Related quiz questions',
  sources: 'Sources',
} as const;

export function withPageEndToc(toc: readonly TocEntry[], opts: { quiz: boolean; file: string }): TocEntry[] {
  for (const id of Object.keys(PAGE_END_SECTIONS)) {
    if (toc.some((t) => t.id === id)) {
      throw new Error(
        `${opts.file}: the "## … [#${id}]" section is written by the layout from the frontmatter now; delete it from the MDX (move any prose to frontmatter: quiz entries' "why", sources' "note" or "sourcesNote").`,
      );
    }
  }
  const out = [...toc];
  if (opts.quiz) out.push({ depth: 2, id: 'quiz', text: PAGE_END_SECTIONS.quiz });
  out.push({ depth: 2, id: 'sources', text: PAGE_END_SECTIONS.sources });
  return out;
}
