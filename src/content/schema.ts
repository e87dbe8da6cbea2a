import { z } from 'astro/zod';
import { QUESTION_ORDER } from '../quiz/questions.ts';

/** The two goals the source article says serverless should deliver. */
export const goalSchema = z.enum(['operations', 'cost']);
export type Goal = z.infer<typeof goalSchema>;

/** How each goal is named on the page (capitalise where a sentence starts). */
export const GOAL_NAMES: { readonly [G in Goal]: string } = { operations: 'simple operations', cost: 'cost' };

/**
 * When teams meet an antipattern, which is also how the guide groups and
 * orders the articles (index, home page cards, sidebar, previous/next):
 * "choosing" is whether serverless fits the workload at all, "shaping" is
 * how the system is built once it does, "running" is what breaks in
 * production. The order of this list is the reading order.
 */
export const stageSchema = z.enum(['choosing', 'shaping', 'running']);
export type Stage = z.infer<typeof stageSchema>;

/** Quiz question ids an article can point readers to: exactly the quiz's own questions. */
export const quizQuestionSchema = z.enum(QUESTION_ORDER);

/**
 * One related quiz question in an article's frontmatter: the id alone, or
 * with one sentence saying which answer points at this article and why.
 * The layout renders the "Related quiz questions" section from these.
 */
export const relatedQuestionSchema = z.union([
  quizQuestionSchema,
  z.object({
    /** The question id, e.g. "workflow". */
    q: quizQuestionSchema,
    /** Which answer points here, in one sentence of the guide's own words. */
    why: z.string().min(10).max(300),
  }),
]);

/** A kebab-case fragment or slug: what a design doc will link to for years. */
const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case, e.g. "what-to-do-instead"');

/** Dates are written YYYY-MM-DD; YAML may hand them over as Date objects. */
const isoDate = z.coerce.date();

/** One cited source, shown in the page's Sources section and in facts. */
export const sourceSchema = z.object({
  /** The title of the cited page or article. */
  title: z.string().min(1),
  /** Author, when the source has one. */
  author: z.string().optional(),
  /** Who published it (e.g. "Amazon Web Services"). */
  publisher: z.string().min(1),
  /** Year of publication, when known. */
  year: z.number().int().min(1990).max(2100).optional(),
  /** Where to read it. */
  url: z.url(),
  /** The date we last checked that the source says what we cite: "as of". */
  asOf: isoDate,
  /** Optional: what the page takes from this source, in one sentence. */
  note: z.string().min(3).max(400).optional(),
});

/** Fields every page of the guide shares. */
const pageFields = {
  /** The page title, rendered as its h1 and in <title>. */
  title: z.string().min(3).max(80),
  /** One or two sentences for cards, search results and the meta description. */
  summary: z.string().min(20).max(240),
  /** When the words were last revised. */
  updated: isoDate,
  /**
   * What the page cites besides registry facts (the layout adds the source of
   * every <Fact> on the page to the Sources section, so do not repeat them).
   */
  sources: z.array(sourceSchema).min(1),
  /** Optional paragraph shown above the Sources list, e.g. a note on the copy of the article used. */
  sourcesNote: z.string().min(10).max(600).optional(),
  /**
   * Old heading fragments that must keep landing on the right section after a
   * rename: `{ "old-id": "current-id" }`. The link-registry test requires one
   * whenever a registered fragment disappears.
   */
  aliases: z
    .record(z.string(), kebab)
    .superRefine((map, ctx) => {
      // Checked here rather than as a record key schema so the message names the bad key.
      for (const key of Object.keys(map)) {
        if (!kebab.safeParse(key).success) {
          ctx.addIssue({ code: 'custom', path: [key], message: `old id "${key}" must be lowercase kebab-case` });
        }
      }
    })
    .default({}),
  /** Earlier URLs of this page (site-relative paths); each becomes a redirect. */
  redirectFrom: z.array(z.string().regex(/^\/[a-z0-9/-]*\/$/, 'must be a path like "/old-name/"')).default([]),
};

/** Frontmatter of an antipattern article (content/antipatterns/*.mdx). */
export const antipatternSchema = z.object({
  ...pageFields,
  /** Position in the series ("Antipattern No. 2"); also the reading order. */
  number: z.number().int().min(1).max(99),
  /**
   * When teams meet it: "choosing" (whether serverless fits at all),
   * "shaping" (how the system is shaped) or "running" (what breaks in
   * production). Required: the index, home page and sidebar group by it,
   * and previous/next follow stage first, then number.
   */
  stage: stageSchema,
  /** Which of the two goals this antipattern undermines. */
  hurts: z.array(goalSchema).min(1),
  /**
   * Where the antipattern comes from: "article" for the three of the 2018
   * source article, "field" for those the guide adds from other references.
   */
  origin: z.enum(['article', 'field']).default('article'),
  /** True when the title is ours because the source's heading is lost. */
  reconstructed: z.boolean().default(false),
  /** Quiz questions whose answers point at this antipattern. */
  quiz: z.array(relatedQuestionSchema).default([]),
});

/** Frontmatter of a framing page (content/pages/*.mdx). */
export const pageSchema = z.object({
  ...pageFields,
  /** Reading order among the framing pages. */
  order: z.number().int().min(1).max(99),
  /** Quiz questions this page's guidance backs (rendered as "Related quiz questions"). */
  quiz: z.array(relatedQuestionSchema).default([]),
});

export type Source = z.infer<typeof sourceSchema>;
export type RelatedQuestion = z.infer<typeof relatedQuestionSchema>;
