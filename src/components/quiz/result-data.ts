/**
 * What a personal result needs from the build that the page's HTML does not
 * carry: the guide's section labels, the facts a decision record cites, the
 * cost model's prices, the /changes/ entries and the platform shortlists.
 * It used to ride in the island's props, about 5 KB of every result page's
 * HTML; it is now one JSON file (src/pages/quiz/result/data.json.ts),
 * fetched only when the address carries answers or cost inputs, so the page
 * itself paints in one round trip (tests/unit/budgets.test.ts).
 */
import type { CostBook } from '../../cost/summary.ts';
import type { ChangeNote } from '../../quiz/changes.ts';
import type { OutcomeId } from '../../quiz/outcome-ids.ts';
import type { GuideLabels } from '../../quiz/sections.ts';
import type { FactDate, TimeLimit } from '../../records/types.ts';
import type { ProviderId } from '../../platforms/catalog.ts';
import { QUIZ_PATH } from '../../quiz/paths.ts';

export const RESULT_DATA_PATH = `${QUIZ_PATH}result/data.json`;

/** One named option: its name and the hardware answers it meets (catalog.ts). */
export type ShortOption = readonly [name: string, meets: readonly string[]];

/** Named options per recommendation and provider, in the catalogue's order (providerGroup, at build time). */
export type Shortlists = { readonly [O in OutcomeId]: { readonly [P in ProviderId]: readonly ShortOption[] } };

export interface ResultData {
  readonly labels: GuideLabels;
  readonly facts: FactDate[];
  readonly timeLimit?: TimeLimit;
  readonly cost: CostBook;
  readonly changes: ChangeNote[];
  readonly shortlists: Shortlists;
  /** What a team in its own data centre reads for each recommendation (OWN_NOTE in catalog.ts). */
  readonly ownNote: { readonly [O in OutcomeId]: string };
}

let pending: Promise<ResultData> | null = null;

/** The data, fetched once per page; after a failure the next call fetches again (a "Try again" is a real request). */
export function loadResultData(): Promise<ResultData> {
  pending ??= fetch(RESULT_DATA_PATH)
    .then((r) => {
      if (!r.ok) throw new Error(`${RESULT_DATA_PATH}: ${r.status}`);
      return r.json() as Promise<ResultData>;
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}
