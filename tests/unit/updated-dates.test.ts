/**
 * "Updated" means updated. A page's `updated` date is the day its content
 * last changed, and a page shows its facts' checked dates, so:
 * - `updated` is never earlier than the newest `checked` date of a fact the
 *   page shows (re-checking a fact changes what the page says it rests on,
 *   so the page's date moves with it; an unverified fact has no such date),
 *   and
 * - `updated` is never later than the build date (no dates from the future).
 * Rule documented in README ("Facts and dates").
 */
import { describe, expect, it } from 'vitest';
import { buildDate, isoDay } from '../../src/lib/facts';
import { factIdsIn } from '../../src/lib/page-facts';
import { factFiles, mdxFiles } from '../support/content-files';

// An unverified fact carries no check, so it sets no floor for the page's date.
const checkedById = new Map(
  factFiles().flatMap((f) => {
    const checked = (f.data as { checked?: string }).checked;
    return checked === undefined ? [] : [[f.id, checked] as const];
  }),
);

describe('page dates', () => {
  for (const file of mdxFiles()) {
    it(`${file.path}: updated is on or after the newest fact it shows, and not in the future`, () => {
      const updatedRaw = file.frontmatter.updated;
      const updated = updatedRaw instanceof Date ? isoDay(updatedRaw) : String(updatedRaw);
      expect(updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const newer = factIdsIn(file.text)
        .map((id) => ({ id, checked: checkedById.get(id) ?? '' }))
        .filter((f) => f.checked > updated)
        .map((f) => `${f.id} checked ${f.checked}`);
      expect(newer, `${file.path}: updated ${updated} predates facts it shows; set updated to the day you changed the page`).toEqual([]);
      expect(updated <= isoDay(buildDate())).toBe(true);
    });
  }
});
