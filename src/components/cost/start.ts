/**
 * Starts /cost/: hydrates the estimate the build rendered (CostPage.tsx in
 * #<prefix>-live) with the props the page wrote as JSON beside it. The page
 * does this itself instead of through an Astro island: one component needs
 * no island runtime or renderer, which keeps about 2.6 KB of JavaScript and
 * 1.8 KB of HTML off the page's first load (tests/unit/budgets.test.ts).
 */
import { h, hydrate } from 'preact';
import CostPage, { type CostPageProps } from './CostPage.tsx';

/** The element ids the page renders: `<prefix>-live` holds the estimate, `<prefix>-props` its props. */
export function startCostPage(prefix: string): void {
  const root = document.getElementById(`${prefix}-live`);
  const data = document.getElementById(`${prefix}-props`);
  if (!root || !data?.textContent) return;
  hydrate(h(CostPage, JSON.parse(data.textContent) as CostPageProps), root);
}
