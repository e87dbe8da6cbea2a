// @ts-check
/**
 * `npm run new:article -- <slug>`: writes content/antipatterns/<slug>.mdx
 * with valid frontmatter (the next free number, today's date, origin: field,
 * a stage to confirm) and the standard sections with their pinned ids,
 * ready to fill.
 *
 * Every placeholder says TODO. The file builds as it is, so the writer can
 * preview it with `npm run dev`, but tests/unit/content-placeholders.test.ts
 * fails while any TODO is left, so a scaffold cannot be published unfilled.
 * "Related quiz questions" and "Sources" are not written here: the layout
 * renders them from the `quiz` and `sources` frontmatter.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The schema's upper bound for `number` (src/content/schema.ts). */
const MAX_NUMBER = 99;

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`new:article: ${message}`);
  process.exit(1);
}

/** @param {string} file */
function frontmatter(file) {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  try {
    return /** @type {Record<string, unknown>} */ (match ? parseYaml(match[1] ?? '') ?? {} : {});
  } catch (error) {
    return fail(`cannot read the frontmatter of ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Today as YYYY-MM-DD in local time (the writer's "updated" and "checked" day). */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The file text for a new article.
 * @param {{ slug: string, number: number, date: string }} a
 */
export function scaffold({ slug, number, date }) {
  const title = slug.charAt(0).toUpperCase() + slug.slice(1).replaceAll('-', ' ');
  return `---
# TODO: check the title; it is the h1, the <title> and the sidebar label.
title: ${title}
number: ${number}
stage: running # TODO: choosing (whether serverless fits at all), shaping (how the system is shaped) or running (what breaks in production).
summary: "TODO: one or two sentences (20 to 240 characters) for cards, search results and the meta description."
hurts: [operations, cost] # TODO: keep only the goals this antipattern undermines.
origin: field
updated: ${date}
# Related quiz questions, rendered by the layout: a question id, or
# { q: <id>, why: "<which answer points here, one sentence>" }. Ids: quizQuestionSchema in src/content/schema.ts.
quiz: []
# Rendered by the layout as the Sources section. asOf is the day you checked what the source says.
sources:
  - title: "TODO: title of the cited page"
    publisher: "TODO: who published it"
    url: https://example.org/TODO-replace-with-the-address-of-the-source
    asOf: ${date}
---

## Summary [#summary]

TODO: what the antipattern is and the usual way out, in a paragraph or two.

## How to recognise it [#symptoms]

<Symptoms>

- TODO: a sign a team would notice in its own system.

</Symptoms>

## Why it hurts [#why-it-hurts]

TODO: which of the two goals (simple operations, paying only for use) it undermines, and how.

## What to do instead [#instead]

TODO: the better design, concretely.

## When it is acceptable [#acceptable]

TODO: the cases where the trade-off is worth making.
`;
}

function main() {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const dir = join(root, 'content/antipatterns');
  const slug = process.argv[2];
  if (!slug) fail('give the slug of the new article: npm run new:article -- <slug>   (e.g. cold-starts-on-critical-paths)');
  if (!SLUG.test(slug)) {
    fail(`"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens, e.g. "cold-starts-on-critical-paths". The slug becomes the URL /antipatterns/<slug>/, which never changes.`);
  }
  const file = join(dir, `${slug}.mdx`);
  const shown = relative(root, file);
  if (existsSync(file)) fail(`${shown} already exists; edit it, or choose another slug.`);

  const others = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  const url = `/antipatterns/${slug}/`;
  let highest = 0;
  for (const name of others) {
    const data = frontmatter(join(dir, name));
    if (typeof data.number === 'number') highest = Math.max(highest, data.number);
    // A moved page's old URL is still public: it must keep redirecting.
    if (Array.isArray(data.redirectFrom) && data.redirectFrom.includes(url)) {
      fail(`${url} is the old address of content/antipatterns/${name} and must keep redirecting there; choose another slug.`);
    }
  }
  const number = highest + 1;
  if (number > MAX_NUMBER) fail(`the next number would be ${number}, above the schema's maximum of ${MAX_NUMBER}.`);

  writeFileSync(file, scaffold({ slug, number, date: today() }), { flag: 'wx' });
  console.log(`new:article: wrote ${shown} (No. ${number}, URL ${url}).`);
  console.log('Next: replace every TODO in it, then follow "Adding an article" in README.md.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
