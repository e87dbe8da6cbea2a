/**
 * Accessibility checks with axe-core for any browser spec:
 * `await expectNoAxeViolations(page, 'quiz, question 3')`.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** WCAG 2.2 AA plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One line per violation and one per offending element: rule, impact, selector, help. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)
        .join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/**
 * Runs axe on the page as it is now and fails with a readable list when anything is found.
 *
 * Legacy mode runs axe.run() inside the page. The default mode runs
 * runPartial() per frame, then opens a second, blank page to merge the
 * frames' results: a new renderer and a second copy of axe for every scan,
 * which doubled the time of a scan on the 2-core CI machine. The site has
 * no iframes (only cross-origin frames would need the default mode), and
 * both modes report the same violations and passes on its pages.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze();
  const report = formatViolations(results.violations);
  expect(results.violations.length, `axe found violations on ${label} (${page.url()}):\n${report}`).toBe(0);
}
