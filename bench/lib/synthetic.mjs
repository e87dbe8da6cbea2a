// Synthetic antipattern articles for build benchmarks: valid frontmatter
// (same schema as content/antipatterns/*.mdx), the house skeleton with
// pinned [#id] headings, the MDX components the real articles use, and
// about 800 words of varied filler text from a seeded generator.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
const QUIZ = ['goal', 'arrival', 'duration', 'traffic', 'state', 'location', 'latency', 'team'];

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

/** @param {number} n */
function article(n) {
  const r = rng(n * 7919);
  const title = `Synthetic antipattern ${n}: ${pick(r, WORDS)} ${pick(r, WORDS)}`;
  const summary = `${paragraph(r, 1)} ${paragraph(r, 1)}`.slice(0, 200).replace(/\s+\S*$/, '.');
  const hurts = r() < 0.5 ? '[operations, cost]' : r() < 0.5 ? '[operations]' : '[cost]';
  const quiz = [pick(r, QUIZ), pick(r, QUIZ)].filter((q, i, all) => all.indexOf(q) === i);
  const para = (/** @type {number} */ k) => paragraph(r, k);
  return `---
title: "${title}"
number: ${n}
summary: "${summary.replace(/"/g, "'")}"
hurts: ${hurts}
updated: 2026-11-27
quiz: [${quiz.join(', ')}]
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

${para(4)}

<Scenario title="Team ${n}'s ${pick(r, WORDS)} service">

${para(4)}

</Scenario>

### Simple operations [#hurts-operations]

${para(5)} <Fact source="Synthetic source ${n}" href="https://example.org/sources/${n}" asOf="2026-11-27">${sentence(r)}</Fact>

### Cost [#hurts-cost]

${para(5)}

## What to do instead [#instead]

${para(4)}

\`\`\`ts
export const handler = async (event: { id: string }) => {
  // ${sentence(r)}
  return { id: event.id, n: ${n} };
};
\`\`\`

${para(4)}

## When it is acceptable [#acceptable]

${para(5)}

<Callout kind="tip">${sentence(r)}</Callout>

## Related quiz questions [#quiz]

${quiz.map((q) => `- <QuizLink q="${q}">${sentence(r)}</QuizLink>`).join('\n')}

## Sources [#sources]

- Benchmark Press, [Synthetic source ${n}](https://example.org/sources/${n}). As of 2026-11-27.
`;
}

/**
 * Replaces a copy's articles with `count` synthetic ones numbered 1..count.
 * @param {string} siteDir
 * @param {number} count
 * @returns {{ words: number }} average words per article
 */
export function writeSyntheticArticles(siteDir, count) {
  const dir = join(siteDir, 'content', 'antipatterns');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) rmSync(join(dir, name));
  let words = 0;
  for (let n = 1; n <= count; n++) {
    const text = article(n);
    words += text.split('\n---\n')[1]?.split(/\s+/).filter(Boolean).length ?? 0;
    writeFileSync(join(dir, `synthetic-${String(n).padStart(4, '0')}.mdx`), text);
  }
  return { words: Math.round(words / count) };
}
