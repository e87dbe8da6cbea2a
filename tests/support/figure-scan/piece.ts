/**
 * What the figure scan reads: a piece of text a reader of the site could
 * see, as a parser found it (prose, a string literal, JSX text, an
 * attribute, a frontmatter value), with the file line it starts on.
 */
export interface TextPiece {
  /** 1-based line of the piece's first character in its file. */
  line: number;
  text: string;
}

/** 1-based line of a character offset. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * `source` with everything outside [start, end) turned into spaces, newlines
 * kept: a parser given this sees only that span, at its own offsets, so
 * every position it reports is a position in the whole file.
 */
export function onlySpan(source: string, start: number, end: number): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return blank(source.slice(0, start)) + source.slice(start, end) + blank(source.slice(end));
}
