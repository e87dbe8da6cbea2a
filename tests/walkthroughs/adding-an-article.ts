/**
 * README "Adding an article", performed on a fresh copy: scaffold, fill in,
 * originality, registry, then the checks `npm test` runs that concern
 * content and links. The quiz and browser suites are left out (they would
 * make this test take minutes), and with them the README's step of pointing
 * a quiz rule at the article, which belongs to "Changing the quiz".
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { npmTestStep, ROOT, type Walkthrough } from '../support/walkthrough';

const SLUG = 'walkthrough-example';
const FILE = `content/antipatterns/${SLUG}.mdx`;
const SOURCE = join(ROOT, '../shared/source/article.txt');

/** What a writer does to the scaffold: every TODO replaced by words of their own. */
function fillIn(text: string): string {
  return text
    .replace(/^# TODO.*\n/gm, '')
    .replace(/\s*# TODO.*$/gm, '')
    .replace(/summary: "TODO:[^"]*"/, 'summary: "A made-up antipattern that proves the README steps for adding an article work on a fresh copy."')
    .replace(/"TODO: title of the cited page"/, '"Walkthrough reference"')
    .replace(/"TODO: who published it"/, '"The guide"')
    .replace(/TODO-replace-with-the-address-of-the-source/, 'walkthrough-reference')
    .replace(/^(- )?TODO: (.*)$/gm, (_, bullet: string | undefined, rest: string) => `${bullet ?? ''}Written by the walkthrough test: ${rest}`);
}

export const addingAnArticle: Walkthrough = {
  section: 'Adding an article',
  steps: [
    {
      readme: 'npm run new:article -- <slug>',
      run: `npm run new:article -- ${SLUG}`,
      check: (output, copy) => {
        expect(output).toContain(`wrote ${FILE}`);
        expect(existsSync(join(copy, FILE))).toBe(true);
      },
    },
    {
      edit: 'write the article: replace every TODO',
      apply: (copy) => {
        const path = join(copy, FILE);
        const filled = fillIn(readFileSync(path, 'utf8'));
        expect(filled).not.toMatch(/\bTODO\b/);
        writeFileSync(path, filled);
      },
    },
    {
      readme: 'npm run originality -- <path/to/article.txt>',
      // The source article is not in the repository; without it the command skips, as documented.
      run: existsSync(SOURCE) ? `npm run originality -- ${SOURCE}` : 'npm run originality',
      check: (output) => expect(output).toMatch(/^originality: (no passage|skipped)/m),
    },
    {
      readme: 'npm run registry:update',
      check: (output) => {
        expect(output).toContain('building first');
        for (const id of ['', '#summary', '#symptoms', '#why-it-hurts', '#instead', '#acceptable']) {
          expect(output).toContain(`+ /antipatterns/${SLUG}/${id}\n`);
        }
      },
    },
    npmTestStep([
      'tests/unit/content-schema.test.ts',
      'tests/unit/content-placeholders.test.ts',
      'tests/unit/public-links.test.ts',
      'tests/unit/internal-links.test.ts',
      'tests/unit/html-validate.test.ts',
    ]),
  ],
};
