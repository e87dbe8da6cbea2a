// Synthetic antipattern articles for build benchmarks: valid frontmatter
// in the current shape of content/antipatterns/*.mdx (number, stage, origin,
// related quiz questions with a reason each, sources), the house skeleton
// with pinned [#id] headings (the layout writes "Related quiz questions"
// and "Sources" from the frontmatter, as for the real articles), the MDX
// components the real articles use (registry <Fact id> both ways,
// Scenario, Symptoms, Callout, QuizLink),
// and about 900 words of varied filler text from a seeded generator.
// Quiz question ids and fact ids are read from the copy being built, so
// new questions or facts need no change here.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const WORDS = (
  'function platform queue event batch timer budget latency cold start instance container cluster node ' +
  'service database pool connection request response traffic spike idle capacity bill invoice tenant ' +
  'region provider team pager incident deploy pipeline schedule backlog retry timeout quota limit ' +
  'storage object stream topic partition consumer producer handler trigger gateway cache replica ' +
  'migration boundary workload throughput concurrency memory disk network operator runtime version ' +
  'cost operations elastic managed serverless server virtual machine orchestrator kernel patch'
).split(' ');
const JOINERS = 'the a each every this that our your their its one'.split(' ');
const VERBS = 'scales drains waits bills runs fails grows holds moves keeps starts stops retries splits reads writes'.split(' ');

/** Mulberry32: small, fast, seeded. @param {number} seed */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {() => number} r @param {readonly string[]} list */
const pick = (r, list) => /** @type {string} */ (list[Math.floor(r() * list.length)]);

/** @param {() => number} r */
function sentence(r) {
  const n = 8 + Math.floor(r() * 12);
  const words = [];
  for (let i = 0; i < n; i++) words.push(i % 4 === 0 ? pick(r, JOINERS) : i % 4 === 2 ? pick(r, VERBS) : pick(r, WORDS));
  const s = words.join(' ');
  return `${s[0]?.toUpperCase()}${s.slice(1)}.`;
}

/** @param {() => number} r @param {number} sentences */
function paragraph(r, sentences) {
  return Array.from({ length: sentences }, () => sentence(r)).join(' ');
}

/**
 * @typedef {{ questions: readonly string[], facts: { id: string, hasValue: boolean }[] }} Vocabulary
 * What a synthetic article may cite: the quiz's question ids and the registry's facts.
 */

/** @param {number} n @param {Vocabulary} vocab */
function article(n, vocab) {
  const r = rng(n * 7919);
  const title = `Synthetic antipattern ${n}: ${pick(r, WORDS)} ${pick(r, WORDS)}`;
  const summary = `${paragraph(r, 1)} ${paragraph(r, 1)}`.slice(0, 200).replace(/\s+\S*$/, '.');
  const hurts = r() < 0.5 ? '[operations, cost]' : r() < 0.5 ? '[operations]' : '[cost]';
  // The source article's three are real; everything added is from the field.
  const origin = 'field';
  // Spread over the three stages by number (not the seeded generator, so the filler text stays as it was).
  const stage = ['choosing', 'shaping', 'running'][n % 3];
  const quiz = [pick(r, vocab.questions), pick(r, vocab.questions), pick(r, vocab.questions)].filter((q, i, all) => all.indexOf(q) === i);
  const fact = () => pick(r, vocab.facts.map((f) => f.id));
  const valued = vocab.facts.filter((f) => f.hasValue).map((f) => f.id);
  const factValue = () => (valued.length ? `<Fact id="${pick(r, valued)}" show="value" />` : '');
  const para = (/** @type {number} */ k) => paragraph(r, k);
  return `---
title: "${title}"
number: ${n}
stage: ${stage}
origin: ${origin}
summary: "${summary.replace(/"/g, "'")}"
hurts: ${hurts}
updated: 2026-11-27
quiz:
${quiz.map((q) => `  - q: ${q}\n    why: "${sentence(r)}"`).join('\n')}
sources:
  - title: Synthetic source ${n}
    publisher: Benchmark Press
    url: https://example.org/sources/${n}
    asOf: 2026-11-27
---

## Summary [#summary]

${para(5)}

${para(5)}

## How to recognise it [#symptoms]

<Symptoms>

- ${sentence(r)}
- ${sentence(r)}
- ${sentence(r)}
- ${sentence(r)}
- ${sentence(r)}

</Symptoms>

## Why it hurts [#why-it-hurts]

${para(4)} ${vocab.facts.length ? `<Fact id="${fact()}" />` : ''}

<Scenario title="Team ${n}'s ${pick(r, WORDS)} service">

${para(4)} ${factValue()}

</Scenario>

### Simple operations [#hurts-operations]

${para(5)} ${vocab.facts.length ? `<Fact id="${fact()}" />` : ''}

### Cost [#hurts-cost]

${para(5)} ${factValue()}

## What to do instead [#instead]

${para(4)}

\`\`\`ts
export const handler = async (event: { id: string }) => {
  // ${sentence(r)}
  return { id: event.id, n: ${n} };
};
\`\`\`

${para(4)}

| Option | ${pick(r, WORDS)} | ${pick(r, WORDS)} |
| --- | --- | --- |
| ${pick(r, WORDS)} | ${sentence(r)} | ${sentence(r)} |
| ${pick(r, WORDS)} | ${sentence(r)} | ${sentence(r)} |

## When it is acceptable [#acceptable]

${para(5)}

<Callout kind="tip">${sentence(r)} <QuizLink q="${quiz[0]}">${sentence(r)}</QuizLink></Callout>
`;
}

/**
 * The quiz's question ids (src/quiz, as the copy has it) and the copy's
 * registry facts.
 * @param {string} siteDir
 * @returns {Promise<Vocabulary>}
 */
export async function readVocabulary(siteDir) {
  const { QUESTION_ORDER } = await import(pathToFileURL(join(siteDir, 'src', 'quiz', 'index.ts')).href);
  const factsDir = join(siteDir, 'content', 'facts');
  const facts = existsSync(factsDir)
    ? readdirSync(factsDir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => ({ id: name.slice(0, -'.json'.length), hasValue: JSON.parse(readFileSync(join(factsDir, name), 'utf8')).value !== undefined }))
    : [];
  return { questions: [...QUESTION_ORDER], facts };
}

/**
 * Fills a copy's content/antipatterns/ up to `count` articles: the real
 * articles stay (the quiz's section links and the guide's pages name them,
 * and the build checks those links), and synthetic ones numbered after the
 * highest real number make up the rest.
 * @param {string} siteDir
 * @param {number} count total articles wanted
 * @param {Vocabulary} vocab from readVocabulary
 * @returns {{ words: number, real: number, synthetic: number }} average words per synthetic article
 */
export function writeSyntheticArticles(siteDir, count, vocab) {
  const dir = join(siteDir, 'content', 'antipatterns');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.startsWith('synthetic-')) rmSync(join(dir, name));
  const real = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
  const highest = Math.max(0, ...real.map((name) => Number(/^number:\s*(\d+)/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? 0)));
  const synthetic = Math.max(0, count - real.length);
  let words = 0;
  for (let i = 1; i <= synthetic; i++) {
    const n = highest + i;
    const text = article(n, vocab);
    words += text.split('\n---\n')[1]?.split(/\s+/).filter(Boolean).length ?? 0;
    writeFileSync(join(dir, `synthetic-${String(n).padStart(4, '0')}.mdx`), text);
  }
  return { words: synthetic ? Math.round(words / synthetic) : 0, real: real.length, synthetic };
}
