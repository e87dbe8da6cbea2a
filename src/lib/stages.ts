/**
 * The three stages at which teams meet an antipattern (the `stage`
 * frontmatter field), how each is named on the page, and the reading order
 * they give the articles: stage first (choosing, shaping, running), then
 * number. The index, the home page cards, the sidebar and previous/next all
 * read the order from here, so they cannot disagree.
 */
import { stageSchema, type Stage } from '../content/schema.ts';

export type { Stage };

/** The stages in reading order: the order of the schema's enum. */
export const STAGES: readonly Stage[] = stageSchema.options;

export interface StageText {
  /** Heading of the stage's group on the index and the home page. */
  readonly title: string;
  /** Short label for the sidebar. */
  readonly label: string;
  /** One sentence under the heading: when a team meets these. */
  readonly lede: string;
}

export const STAGE_TEXT: { readonly [S in Stage]: StageText } = {
  choosing: {
    title: 'Choosing: does serverless fit at all?',
    label: 'Choosing',
    lede: 'Met before anything is built, when a team decides whether functions suit the workload, where it runs and what it depends on.',
  },
  shaping: {
    title: 'Shaping: how the system is built',
    label: 'Shaping',
    lede: 'Met while designing, once functions are chosen: how work arrives, how steps hand on to each other and what they call.',
  },
  running: {
    title: 'Running: what breaks in production',
    label: 'Running',
    lede: 'Met in the first months of operation, usually during an incident or on the bill: duplicates, retries, stuck streams and runaway loops.',
  },
};

interface Staged {
  readonly data: { readonly stage: Stage; readonly number: number };
}

/** Position of a stage in the reading order. */
export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The entries in reading order: stage first, then number (a stable, total order). */
export function inReadingOrder<T extends Staged>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => stageIndex(a.data.stage) - stageIndex(b.data.stage) || a.data.number - b.data.number);
}

/** The entries grouped by stage, in reading order; stages without entries are left out. */
export function groupByStage<T extends Staged>(entries: readonly T[]): { stage: Stage; entries: T[] }[] {
  const ordered = inReadingOrder(entries);
  return STAGES.map((stage) => ({ stage, entries: ordered.filter((e) => e.data.stage === stage) })).filter((g) => g.entries.length > 0);
}
