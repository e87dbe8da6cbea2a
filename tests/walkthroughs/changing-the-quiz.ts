/**
 * README "Changing the quiz", performed on a fresh copy: a new answer option
 * on an existing question, with its words, a rule and the rule's words,
 * pointing at a heading the quiz has not linked to yet. Before the section is
 * registered, the build must fail naming the ref and src/quiz/sections.ts (the
 * fix); after, the README's commands pass and the option reaches the quiz
 * page and the decision map.
 *
 * The edits insert after anchors that follow the data's shape (a question's
 * `options` list, the start of a table), not after particular words, so the
 * walkthrough survives changes to the questions themselves. The quiz tests
 * that enumerate every combination of answers take minutes each, so "npm test"
 * stands for the type check and the quiz tests that concern the kinds of
 * file this change touches (rule words, section registry, links in the site).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { npmTestStep, type Walkthrough } from '../support/walkthrough';
import { SECTION_REFS } from '../../src/quiz/sections.ts';

// An advice question, so the new answer cannot change which outcome wins.
const QUESTION = 'portability';
const VALUE = 'exit-plan';
// Unique within the question's options, and not 'u' (the "Not sure" code every question has).
const CODE = 'x';
const LABEL = 'One provider, with a written exit plan';
const RULE_ID = 'portability-exit-plan';
// A heading that exists in the article but that no quiz data points at yet
// (looked up, not typed: the quiz keeps linking more of the article's headings).
const REF = unlinkedHeading('vendor-lock-in');

function unlinkedHeading(page: string): string {
  const ids = [...readFileSync(`content/antipatterns/${page}.mdx`, 'utf8').matchAll(/^#{2,3} .*\[#([a-z0-9-]+)\]\s*$/gm)].map((m) => `${page}#${m[1]}`);
  const free = ids.find((ref) => !(SECTION_REFS as readonly string[]).includes(ref));
  if (free === undefined) throw new Error(`walkthrough: every heading of ${page} is already a quiz section; pick another page in tests/walkthroughs/changing-the-quiz.ts`);
  return free;
}

/** Inserts `text` right after the first match of `anchor` found after `from` (or the start). */
function insertAfter(copy: string, file: string, anchor: RegExp, text: string, from?: string): void {
  const path = join(copy, file);
  const source = readFileSync(path, 'utf8');
  const start = from === undefined ? 0 : source.indexOf(from);
  if (start < 0) throw new Error(`walkthrough: ${file} has no "${from}" any more; update tests/walkthroughs/changing-the-quiz.ts`);
  const match = anchor.exec(source.slice(start));
  if (!match) throw new Error(`walkthrough: ${file} has no ${anchor} after "${from ?? 'the start'}"; update tests/walkthroughs/changing-the-quiz.ts`);
  const at = start + match.index + match[0].length;
  writeFileSync(path, source.slice(0, at) + text + source.slice(at));
}

export const changingTheQuiz: Walkthrough = {
  section: 'Changing the quiz',
  steps: [
    {
      edit: `questions.ts: a new option on "${QUESTION}" with its own code`,
      apply: (copy) => {
        const file = join(copy, 'src/quiz/questions.ts');
        const block = /\n {2}portability: \{[\s\S]*?\n {2}\},/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
        const codes = [...block.matchAll(/code: '(.)'/g)].map((m) => m[1]);
        expect(codes.length, 'the portability question and its options').toBeGreaterThan(1);
        expect([...codes, 'u']).not.toContain(CODE);
        insertAfter(copy, 'src/quiz/questions.ts', /options: \[\n/, `      { value: '${VALUE}', code: '${CODE}' },\n`, `  ${QUESTION}: {`);
      },
    },
    {
      edit: 'question-text.ts: its label, hint and guide section',
      apply: (copy) =>
        insertAfter(
          copy,
          'src/quiz/question-text.ts',
          /options: \{\n/,
          `      '${VALUE}': { label: '${LABEL}', hint: 'We stay, but know what leaving would take.', sections: ['${REF}'] },\n`,
          `  ${QUESTION}: {`,
        ),
    },
    {
      edit: 'rules.ts and rule-text.ts: a note rule for the answer, and its sentence',
      apply: (copy) => {
        insertAfter(
          copy,
          'src/quiz/rules.ts',
          /export const RULES: readonly Rule\[\] = \[\n/,
          `  {\n    id: '${RULE_ID}',\n    question: '${QUESTION}',\n    when: (a) => a.${QUESTION} === '${VALUE}',\n    effect: { kind: 'note' },\n    section: '${REF}',\n  },\n`,
        );
        insertAfter(
          copy,
          'src/quiz/rule-text.ts',
          /export const RULE_TEXT[^=]*= \{\n/,
          `  '${RULE_ID}': {\n    explanation: 'Staying with one provider is a choice you can revisit when the exit is priced and the seams are thin.',\n  },\n`,
        );
      },
    },
    {
      // What happens when the section step is forgotten: the build stops and says where refs live.
      run: 'npm run build',
      expect: 'fail',
      check: (output) => {
        expect(output).toContain(`"${REF}"`);
        expect(output).toContain('src/quiz/sections.ts');
      },
    },
    {
      edit: 'sections.ts: register the heading the option and the rule point at',
      apply: (copy) => insertAfter(copy, 'src/quiz/sections.ts', /export const SECTION_REFS = \[\n/, `  '${REF}',\n`),
    },
    {
      readme: 'npm run build',
      check: (_, copy) => {
        for (const page of ['quiz/index.html', 'quiz/map/index.html']) {
          expect(readFileSync(join(copy, 'dist', page), 'utf8'), page).toContain(LABEL);
        }
        // The map links the new answer to the section it names.
        expect(readFileSync(join(copy, 'dist/quiz/map/index.html'), 'utf8')).toContain(`href="/antipatterns/${REF.replace('#', '/#')}"`);
      },
    },
    npmTestStep([
      'tests/unit/quiz/rule-text.test.ts',
      'tests/unit/quiz/sections.test.ts',
      'tests/unit/quiz-sections-in-site.test.ts',
      'tests/unit/internal-links.test.ts',
    ]),
  ],
};
