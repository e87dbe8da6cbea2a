/**
 * What counts as a platform figure typed by hand. The figure scan
 * (tests/unit/figures.test.ts, readers in tests/support/figure-scan/) reads
 * every .astro, .tsx, .ts, .mjs, .mdx and .md file under src/ and content/
 * (not content/facts/, the registry itself) through real parsers, and checks
 * each piece of text a reader could see with the rule below.
 *
 * The rule:
 * - A platform figure is a number with a unit of size, time, money or
 *   volume: "10 minutes", "6 MB", "$0.20", "1,000 concurrent", "900 s".
 * - Such a figure comes from the facts registry (content/facts/): `<Fact>`
 *   or `<Calc>` in MDX, the fact's value in code. Typed anywhere else
 *   (prose, headings, frontmatter, attributes, string literals, template
 *   text, JSX text), it fails with file:line.
 * - Exempt: code (fenced and inline code, `<code>`, `<pre>`, `<style>`,
 *   comments, regular expressions), `<Scenario>` (the guide's own worked
 *   example for a fictional team: "30 requests per second" is not a
 *   platform fact), and the few entries of the allow-list in
 *   tests/support/figure-scan/allowed.ts, each with its reason.
 * - Sums built on a registry figure are not typed either: `<Calc>` computes
 *   them (src/lib/calc.ts), even inside a `<Scenario>`.
 */

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const UNITS = [
  'KB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'GB-seconds?', 'GB-s',
  'ms', 's', 'sec', 'secs?', 'seconds?', 'min', 'mins?', 'minutes?', 'hours?', 'hrs?', 'days?',
  'requests?', 'invocations?', 'concurrent', 'connections?', 'vCPUs?', 'replicas?', 'instances?',
].join('|');

/** A money amount, or a number followed by one of the units above. */
export const FIGURE = new RegExp(String.raw`(?:\$\s?${NUMBER}|\b${NUMBER}(?:\s|-|\u00a0)?(?:${UNITS})\b)`, 'g');

export interface FigureHit {
  /** 1-based line within the text. */
  line: number;
  figure: string;
}

/** Every figure in a piece of text. */
export function figuresIn(text: string): FigureHit[] {
  const hits: FigureHit[] = [];
  for (const m of text.matchAll(FIGURE)) {
    hits.push({ line: text.slice(0, m.index).split('\n').length, figure: m[0] });
  }
  return hits;
}
