/**
 * Antipattern numbers are the series order ("No. 2") and the reading order,
 * so two articles with one number would silently swap places or shadow each
 * other. This check runs wherever the order is built and stops the build
 * with both files named.
 */

export interface Numbered {
  /** The entry id (the slug). */
  readonly id: string;
  /** Where the entry lives, e.g. "content/antipatterns/<slug>.mdx". */
  readonly filePath?: string | undefined;
  readonly data: { readonly number: number };
}

/** The smallest number above every one in use. */
export function nextFreeNumber(entries: readonly Numbered[]): number {
  return Math.max(0, ...entries.map((e) => e.data.number)) + 1;
}

/** The entries in number order; throws naming both files when a number repeats. */
export function byNumber<T extends Numbered>(entries: readonly T[]): T[] {
  const sorted = [...entries].sort((a, b) => a.data.number - b.data.number || a.id.localeCompare(b.id));
  const clashes: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (a.data.number === b.data.number) {
      clashes.push(`No. ${a.data.number} is used by both ${a.filePath ?? a.id} and ${b.filePath ?? b.id}`);
    }
  }
  if (clashes.length > 0) {
    throw new Error(
      `Duplicate antipattern number: ${clashes.join('; ')}. Give each article its own \`number\` in its frontmatter (the next free one is ${nextFreeNumber(entries)}).`,
    );
  }
  return sorted;
}
