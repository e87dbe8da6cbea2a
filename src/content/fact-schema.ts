import { z } from 'astro/zod';
import { displayRendersValue, factDisplay } from './fact-display';

/**
 * One entry of the facts registry (content/facts/<id>.json): a platform
 * figure or status, with where it comes from and the day it was compared
 * with that source. Every limit, price, quota, default and product status
 * the site shows is read from here; nothing else types it.
 */

/** Who makes the product the fact is about. */
export const factProviderSchema = z.enum([
  'aws',
  'azure',
  'google-cloud',
  'cncf',
  'knative',
  'openfaas',
  'openwhisk',
  'kubeless',
  'postgresql',
  'other',
]);

/** How each provider is named on the page. */
export const FACT_PROVIDER_NAMES: { readonly [P in z.infer<typeof factProviderSchema>]: string } = {
  aws: 'AWS',
  azure: 'Microsoft Azure',
  'google-cloud': 'Google Cloud',
  cncf: 'CNCF',
  knative: 'Knative',
  openfaas: 'OpenFaaS',
  openwhisk: 'Apache OpenWhisk',
  kubeless: 'Kubeless',
  postgresql: 'PostgreSQL',
  other: 'Other',
};

/** A YYYY-MM-DD day, read as midnight UTC. */
function isoDay(what: string) {
  return z
    .string({ error: `required: ${what}, written "YYYY-MM-DD"` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written "YYYY-MM-DD", e.g. "2026-11-27"')
    .transform((day) => new Date(`${day}T00:00:00Z`))
    .refine((date) => !Number.isNaN(date.getTime()), 'is not a calendar day');
}

export const factSchema = z
  .object({
    /** The fact in one sentence of the guide's own words, as a reader would quote it. */
    claim: z.string().min(10).max(400),
    /**
     * The figure itself: a number (limits, prices, quotas, defaults) or a short
     * string (a status such as "archived"). Omitted for facts that are pure statements.
     */
    value: z.union([z.number(), z.string().min(1)]).optional(),
    /** Unit of `value`, written as it reads on the page: "minutes", "MB", "USD per GB-second". */
    unit: z.string().min(1).optional(),
    /**
     * How the value reads in prose when `value unit` would read badly,
     * e.g. "$0.20 per million requests". The claim must contain it, and it
     * must show `value` (see displayRendersValue in fact-display.ts).
     */
    display: z.string().min(1).optional(),
    /** Who makes the product. */
    provider: factProviderSchema,
    /** The product or project the fact is about, e.g. "AWS Lambda". */
    product: z.string().min(2),
    /** Primary documentation: the provider's own docs or the project's own repository. */
    source: z.object({
      /** The page's own title. */
      title: z.string().min(3),
      /** Where to read it. */
      url: z.url(),
      /** Who publishes the page, e.g. "Amazon Web Services". */
      publisher: z.string().min(2),
    }),
    /**
     * YYYY-MM-DD: the day the claim was compared with the current version of
     * `source`. Never re-stamp without re-checking. A fact has either
     * `checked` or `unverified`, never both.
     */
    checked: isoDay('the day you compared the claim with its current source').optional(),
    /**
     * For a fact nobody could compare with a current copy of its source (only
     * an old revision, a preview page or a pre-2024 repository could be read).
     * The site shows the claim as not verified and presents no date as a check.
     */
    unverified: z
      .object({
        /** YYYY-MM-DD: the last day someone read the claim in any copy of the source, however old. Never shown as a check. */
        lastSeen: isoDay('the last day someone read the claim in any copy of its source'),
        /** Why no current copy could be compared: which copy was read, and what is missing. Shown in the page's Sources. */
        why: z.string().min(20, 'say which copy was read and why no current one could be'),
      })
      .strict()
      .optional(),
    /** What the figure depends on: region, plan, architecture, account age, ... */
    notes: z.string().min(3).optional(),
    /**
     * The source's table the figure is one row of, when code needs every row
     * (Cloud Run functions' memory → vCPU, which the cost model interpolates).
     * `columns` names the two columns with their units; `rows` are the pairs
     * as the source lists them, first column strictly ascending. `value` must
     * be a first-column entry, so the claim quotes a row of this table and
     * the two cannot drift apart.
     */
    table: z
      .object({
        columns: z.tuple([z.string().min(1), z.string().min(1)]),
        rows: z.array(z.tuple([z.number(), z.number()])).min(2, 'a table needs at least two rows'),
      })
      .strict()
      .optional(),
  })
  .superRefine((fact, ctx) => {
    // Either compared with a current source, or honestly marked as not.
    if (fact.checked === undefined && fact.unverified === undefined) {
      ctx.addIssue({ code: 'custom', path: ['checked'], message: 'required: the day you compared the claim with its current source, or "unverified": { "lastSeen", "why" } when no current copy could be read' });
    }
    if (fact.checked !== undefined && fact.unverified !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['unverified'], message: 'a fact is either checked or unverified: remove one of them' });
    }
    if (fact.table) {
      const firsts = fact.table.rows.map((row) => row[0]);
      if (firsts.some((first, i) => i > 0 && first <= firsts[i - 1]!)) {
        ctx.addIssue({ code: 'custom', path: ['table', 'rows'], message: 'rows must be in strictly ascending order of their first column' });
      }
      if (typeof fact.value !== 'number' || !firsts.includes(fact.value)) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: `value must be one of the table's first-column entries (${firsts.join(', ')}), so the claim quotes a row of it` });
      }
    }
    // The claim, the display and the value are three views of one figure: keep them in step.
    if (fact.value === undefined) return;
    if (fact.display !== undefined && !displayRendersValue(fact.value, fact.display)) {
      ctx.addIssue({
        code: 'custom',
        path: ['display'],
        message: `display must show the value ${JSON.stringify(fact.value)} as the site writes it (numbers like "1,769" or "0.2"/"$0.20", small whole numbers also as words, days as "1 August 2025", other values word for word)`,
      });
    }
    const shown = factDisplay(fact);
    if (!fact.claim.includes(shown)) {
      ctx.addIssue({
        code: 'custom',
        path: ['claim'],
        message: `claim must contain the value as displayed ("${shown}"); set "display" if it reads differently`,
      });
    }
  });

export type Fact = z.infer<typeof factSchema>;

export { factDisplay } from './fact-display';
