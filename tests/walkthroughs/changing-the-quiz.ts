/**
 * README "Changing the quiz", performed on a fresh copy: a real new question
 * (three options, one of which rules functions out) added as one unit: its
 * record and words, its place in the asking order and the words list, the
 * next edition and its /changes/ entry. First with a section ref that names
 * no heading, so the build must fail naming the ref and the record; then
 * fixed. Then the README's commands: the build, the new edition's link
 * corpus, the registry, and "npm test" as the type check plus the tests the
 * change touches: words, sections, the registry, and every link of every
 * edition restored, new and old (the flow's proofs over the whole answer
 * space run in the main suite; here they would double its time).
 *
 * The edits insert after anchors that follow the data's shape (the record
 * list, the words list, the edition constant), and look up what must be
 * unused (a question code, a heading no question cites), so the walkthrough
 * survives changes to the questions themselves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { npmTestStep, type Walkthrough } from '../support/walkthrough';
import { QUESTIONS, QUESTION_ORDER } from '../../src/quiz/questions.ts';
import { SECTION_REFS } from '../../src/quiz/sections.ts';
import { EDITION } from '../../src/quiz/edition.ts';

const ID = 'residency';
const NEXT = EDITION + 1;
/** A question code no question uses (never `u`, the "Not sure" option code). */
const CODE = [...'bfjq0123456789'].find((c) => !QUESTION_ORDER.some((q) => QUESTIONS[q].code === c)) ?? '';
const TEXT = 'Where must the data this workload handles stay?';
const BAD_REF = 'fit#no-such-heading';
// A heading of an article that no question cites yet (looked up, not typed).
const REF = unlinkedHeading('vendor-lock-in');
const CHANGE = 'data-residency';

function unlinkedHeading(page: string): string {
  const ids = [...readFileSync(`content/antipatterns/${page}.mdx`, 'utf8').matchAll(/^#{2,3} .*\[#([a-z0-9-]+)\]\s*$/gm)].map((m) => `${page}#${m[1]}`);
  const free = ids.find((ref) => !(SECTION_REFS as readonly string[]).includes(ref));
  if (free === undefined) throw new Error(`walkthrough: every heading of ${page} is already cited by the quiz; pick another page in tests/walkthroughs/changing-the-quiz.ts`);
  return free;
}

function record(regionRef: string): string {
  return `import { defineQuestion, type Question } from '../question.ts';

/** Where the data must stay: a sovereign cloud or the team's own facility rules functions out. */
export const ${ID}: Question<'${ID}', 'anywhere' | 'region' | 'sovereign'> = defineQuestion({
  id: '${ID}',
  code: '${CODE}',
  title: 'Data residency',
  role: 'outcome',
  since: ${NEXT},
  before: { assume: 'anywhere' },
  text: '${TEXT}',
  help: 'Some data may only be stored and processed in one country, or only in a cloud run for one government. Every provider offers functions region by region, so a region is no obstacle; a sovereign cloud often offers fewer services.',
  options: {
    anywhere: { code: 'a', label: 'Anywhere our provider runs', sections: ['fit#limits'] },
    region: { code: 'r', label: 'In one country or region', sections: ['${regionRef}'] },
    sovereign: { code: 's', label: 'In a sovereign cloud or our own facility', sections: ['fit#servers'] },
  },
  asked: {
    when: (_a, { open }) => open('serverless'),
    reason: 'Asked while functions are still possible: a sovereign cloud may not offer them.',
  },
  rules: [
    {
      id: 'sovereign-data',
      when: (a) => a.${ID} === 'sovereign',
      effect: { kind: 'rule-out', outcomes: ['serverless'] },
      section: 'fit#servers',
    },
  ],
});
`;
}

const WORDS = `/** The words of the ${ID} question's rules and warnings (${ID}.ts), by id. */
import type { RuleWords } from '../question.ts';

export const ${ID}Words: RuleWords = {
  'sovereign-data': {
    says: 'A sovereign cloud or your own facility may not offer functions at all, so the workload goes to containers or machines there.',
  },
};
`;

const CHANGE_ENTRY = `---
date: 2026-12-04
edition: ${NEXT}
title: A question on where the data must stay
questions: [${ID}]
rules: [sovereign-data]
moves:
  - from: serverless
    to: managed
    when: { ${ID}: [sovereign] }
  - from: serverless
    to: servers
    when: { ${ID}: [sovereign] }
sections: ["fit#servers"]
---
The quiz now asks where the data must stay. Data that must stay in a sovereign cloud or the team's own facility rules functions out; links made before the question read it as "anywhere", so they keep their result.
`;

/** Inserts `text` right after the first match of `anchor`. */
function insertAfter(copy: string, file: string, anchor: RegExp, text: string): void {
  const path = join(copy, file);
  const source = readFileSync(path, 'utf8');
  const match = anchor.exec(source);
  if (!match) throw new Error(`walkthrough: ${file} has no ${anchor}; update tests/walkthroughs/changing-the-quiz.ts`);
  const at = match.index + match[0].length;
  writeFileSync(path, source.slice(0, at) + text + source.slice(at));
}

export const changingTheQuiz: Walkthrough = {
  section: 'Changing the quiz',
  steps: [
    {
      edit: `src/quiz/questions/${ID}.ts: the record (codes, edition, words, when asked, its rule), with a section ref that names no heading`,
      apply: (copy) => {
        expect(CODE, 'a free question code').toMatch(/^[a-z0-9]$/);
        writeFileSync(join(copy, `src/quiz/questions/${ID}.ts`), record(BAD_REF));
      },
    },
    {
      edit: `src/quiz/questions/${ID}.words.ts: what its rule says`,
      apply: (copy) => writeFileSync(join(copy, `src/quiz/questions/${ID}.words.ts`), WORDS),
    },
    {
      edit: 'src/quiz/questions/index.ts: its place in the asking order, after the state question',
      apply: (copy) => {
        insertAfter(copy, 'src/quiz/questions/index.ts', /import \{ state \} from '\.\/state\.ts';\n/, `import { ${ID} } from './${ID}.ts';\n`);
        insertAfter(copy, 'src/quiz/questions/index.ts', /\n {2}state,\n/, `  ${ID},\n`);
      },
    },
    {
      edit: 'src/quiz/rule-words.ts: its words file in the list',
      apply: (copy) => {
        insertAfter(copy, 'src/quiz/rule-words.ts', /import \{ stateWords \} from '\.\/questions\/state\.words\.ts';\n/, `import { ${ID}Words } from './questions/${ID}.words.ts';\n`);
        insertAfter(copy, 'src/quiz/rule-words.ts', /\n {2}stateWords,\n/, `  ${ID}Words,\n`);
      },
    },
    {
      edit: `src/quiz/edition.ts: edition ${NEXT}, since links made from now on can mean something new`,
      apply: (copy) => {
        const path = join(copy, 'src/quiz/edition.ts');
        const source = readFileSync(path, 'utf8');
        expect(source).toMatch(/export const EDITION = \d+;/);
        writeFileSync(path, source.replace(/export const EDITION = \d+;/, `export const EDITION = ${NEXT};`));
      },
    },
    {
      edit: `content/changes/${CHANGE}.md: what changed and why, with the moves it causes`,
      apply: (copy) => writeFileSync(join(copy, `content/changes/${CHANGE}.md`), CHANGE_ENTRY),
    },
    {
      // What happens with a mistyped section: the build stops, naming the ref and the record that cites it.
      run: 'npm run build',
      expect: 'fail',
      check: (output) => {
        expect(output).toContain(`"${BAD_REF}"`);
        expect(output).toContain(`src/quiz/questions/${ID}.ts`);
      },
    },
    {
      edit: `src/quiz/questions/${ID}.ts: the "region" option cites a real heading`,
      apply: (copy) => writeFileSync(join(copy, `src/quiz/questions/${ID}.ts`), record(REF)),
    },
    {
      readme: 'npm run build',
      check: (_, copy) => {
        expect(readFileSync(join(copy, 'dist/quiz/map/index.html'), 'utf8')).toContain(TEXT);
        // The map links the new answer to the section it names, and /changes/ lists the entry.
        expect(readFileSync(join(copy, 'dist/quiz/map/index.html'), 'utf8')).toContain(`href="/antipatterns/${REF.replace('#', '/#')}"`);
        expect(readFileSync(join(copy, 'dist/changes/index.html'), 'utf8')).toContain(`id="${CHANGE}"`);
      },
    },
    {
      readme: 'npm run links:corpus',
      check: (output, copy) => {
        expect(output).toMatch(new RegExp(`links of edition ${NEXT} written`));
        const corpus = JSON.parse(readFileSync(join(copy, `tests/links/edition-${NEXT}.json`), 'utf8')) as { links: string[] };
        // The new question is in its links, and its deciding answer leads away from functions.
        expect(corpus.links.some((l) => l.includes(`${CODE}s`) && !l.startsWith('/quiz/result/serverless/'))).toBe(true);
      },
    },
    {
      readme: 'npm run registry:update',
      check: (output) => {
        expect(output).toContain(`/quiz/map/#q-${ID}`);
        expect(output).toContain(`/changes/#${CHANGE}`);
      },
    },
    npmTestStep([
      'tests/unit/quiz/rule-text.test.ts',
      'tests/unit/quiz/sections.test.ts',
      'tests/unit/quiz/link-corpus.test.ts',
      'tests/unit/quiz-sections-in-site.test.ts',
      'tests/unit/link-registry.test.ts',
    ]),
  ],
};
