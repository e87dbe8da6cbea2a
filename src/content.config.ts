import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { antipatternSchema, pageSchema } from './content/schema';
import { factSchema } from './content/fact-schema';
import { changeSchema } from './content/change-schema';

/** One MDX article per antipattern; the file name is the URL slug. */
const antipatterns = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/antipatterns' }),
  schema: antipatternSchema,
});

/** The framing pages (goals, fit); the file name is the URL slug. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

/** The facts registry: one JSON file per sourced, dated platform fact; the file name is its id. */
const facts = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/facts' }),
  schema: factSchema,
});

/** The dated changes to what the quiz asks and decides (/changes/); the file name is the entry's anchor. */
const changes = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/changes' }),
  schema: changeSchema,
});

export const collections = { antipatterns, pages, facts, changes };
