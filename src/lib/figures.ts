/**
 * What counts as a platform figure typed by hand, and where the guide's own
 * worked examples may use numbers freely. Used by the figure-scan test; kept
 * beside the facts helpers so the rule is documented in one place.
 *
 * The rule:
 * - A platform figure is a number with a unit of size, time, money or
 *   volume: "10 minutes", "6 MB", "$0.20", "1,000 concurrent", "900 s".
 * - In MDX it must come from the registry (<Fact id>), except inside fenced
 *   code (configuration is code, and the code-block test names the document
 *   each sample follows) and inside <Scenario> … </Scenario>: a scenario is
 *   the guide's own worked example for a fictional team, and its arithmetic
 *   ("30 requests per second", "$48 a month") is not a platform fact.
 * - In the quiz's TypeScript, every string literal is scanned the same way;
 *   quiz text should read figures from the registry.
 */

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const UNITS = [
  'KB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'GB-seconds?', 'GB-s',
  'ms', 's', 'sec', 'secs?', 'seconds?', 'min', 'mins?', 'minutes?', 'hours?', 'hrs?', 'days?',
  'requests?', 'invocations?', 'concurrent', 'connections?', 'vCPUs?', 'replicas?', 'instances?',
].join('|');

/** A money amount, or a number followed by one of the units above. */
export const FIGURE = new RegExp(String.raw`(?:\$\s?${NUMBER}|\b${NUMBER}(?:\s|-|\u00a0)?(?:${UNITS})\b)`, 'g');

/** Replaces a span with spaces (keeping newlines) so offsets and line numbers survive. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/**
 * The MDX text a reader sees as the guide's own prose: frontmatter values,
 * body text and component attributes, minus fenced code, inline code,
 * <Fact …/> tags, <Scenario>…</Scenario> blocks, import lines and URLs.
 */
export function proseForFigureScan(mdx: string): string {
  return mdx
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/<Scenario\b[\s\S]*?<\/Scenario>/g, blank)
    .replace(/<Fact\b[^>]*\/>/g, blank)
    .replace(/^import .*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/https?:\/\/\S+/g, blank)
    .replace(/^(updated|asOf|year|number):.*$/gm, blank);
}

export interface FigureHit {
  line: number;
  figure: string;
}

export function figuresIn(text: string): FigureHit[] {
  const hits: FigureHit[] = [];
  for (const m of text.matchAll(FIGURE)) {
    hits.push({ line: text.slice(0, m.index).split('\n').length, figure: m[0] });
  }
  return hits;
}

/** String literals of a TypeScript source, blanked everywhere else (line numbers survive). */
export function stringLiteralsOnly(ts: string): string {
  let out = '';
  let i = 0;
  while (i < ts.length) {
    const c = ts[i]!;
    if (c === '/' && ts[i + 1] === '/') {
      const end = ts.indexOf('\n', i);
      const stop = end === -1 ? ts.length : end;
      out += blank(ts.slice(i, stop));
      i = stop;
    } else if (c === '/' && ts[i + 1] === '*') {
      const end = ts.indexOf('*/', i + 2);
      const stop = end === -1 ? ts.length : end + 2;
      out += blank(ts.slice(i, stop));
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < ts.length && ts[j] !== c) j += ts[j] === '\\' ? 2 : 1;
      out += ' ' + ts.slice(i + 1, j) + ' ';
      i = j + 1;
    } else {
      out += c === '\n' ? '\n' : ' ';
      i += 1;
    }
  }
  return out;
}
