/**
 * How adr-tools reads a record, reproduced in TypeScript from its scripts at
 * https://github.com/npryce/adr-tools (commit b3279baf9be2207d1a4f4bbd608fd0b591c72aee):
 *
 * - src/_adr_status:  awk '/^## Status/,/^#/ && !/^## Status/ { if (!/^(#|\s*$)/) print }'
 *   prints every non-blank line that does not start with `#`, from the line
 *   starting `## Status` to the next line starting with `#`.
 * - src/_adr_title:   head -1 | cut -c 3-   (the first line, minus "# ").
 * - src/adr-list:     find $adr_dir | grep -E "^$adr_dir/[0-9]+-[^/]*\.md"
 */

/** The status lines, as `_adr_status` prints them. */
export function adrToolsStatus(markdown: string): string[] {
  const out: string[] = [];
  let inRange = false;
  for (const line of markdown.split('\n')) {
    if (!inRange) {
      // Range start: /^## Status/. On the start line awk evaluates the end
      // pattern too (it is excluded by !/^## Status/), so the range stays open.
      if (/^## Status/.test(line)) inRange = true;
      else continue;
    } else if (/^#/.test(line) && !/^## Status/.test(line)) {
      // Range end line: still inside the range, and skipped by the filter below.
      inRange = false;
    }
    if (!/^(#|\s*$)/.test(line)) out.push(line);
  }
  return out;
}

/** The title, as `_adr_title` prints it. */
export function adrToolsTitle(markdown: string): string {
  const first = markdown.split('\n')[0] ?? '';
  return first.slice(2);
}

/** Whether `adr list` lists a file of this name in the ADR folder. */
export function adrToolsLists(fileName: string, adrDir = 'doc/adr'): boolean {
  return new RegExp(`^${adrDir}/[0-9]+-[^/]*\\.md`).test(`${adrDir}/${fileName}`);
}
