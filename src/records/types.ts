/**
 * The neutral input of a decision record: what a record needs to say, with
 * no knowledge of how the quiz computes it. The quiz (or anything else) fills
 * it through an adapter (from-quiz.ts); the writers (madr.ts, nygard.ts,
 * assessment.ts) read only this. Every string is plain text; the writers
 * escape it, so hostile names cannot change a record's structure.
 */

/** The three recommendations, by stable key. */
export type OptionKey = 'serverless' | 'managed' | 'servers';
export const OPTION_KEYS = ['serverless', 'managed', 'servers'] as const satisfies readonly OptionKey[];

export type Confidence = 'clear' | 'caveat' | 'boundary' | 'open';

/** A link for people: its words and an absolute URL. */
export interface RecordLink {
  readonly title: string;
  readonly url: string;
}

/** One answer and what the decision made of it. */
export interface TraceEntry {
  /** The question as a short title, e.g. "How long one unit runs". */
  readonly question: string;
  /** The answer's label. */
  readonly answer: string;
  /** What the answer did: removed options, chose between them, attached a condition, or nothing. */
  readonly effect: 'rule-out' | 'prefer' | 'caveat' | 'note' | 'no-effect' | 'unsure';
  /** One sentence: why. */
  readonly explanation: string;
  /** Options this answer argues against (rule-outs), else empty. */
  readonly against: readonly OptionKey[];
  /**
   * Where the answer stands towards the recommendation: `for` it, `against`
   * it (a condition on it, or a note for another option still in play), or
   * `neutral` (how the answer was read). Consequences are drawn from this.
   */
  readonly stance: Stance;
  readonly link?: RecordLink;
}

/** A condition an answer attaches to the chosen option, with what to do about it. */
export interface Condition {
  /** The question and answer that attached it. */
  readonly question: string;
  readonly answer: string;
  /** One sentence: why it matters. */
  readonly explanation: string;
  readonly nextStep: string;
}

export type Stance = 'for' | 'against' | 'neutral';

export interface RecordWarning {
  /** The antipattern's name. */
  readonly title: string;
  readonly message: string;
  /** Raised only by some answers to a question the team was not sure of: the record keeps the word "possible". */
  readonly possible?: boolean;
  /** The antipattern exists only where the work runs as functions, and the record recommends something else: it says so. */
  readonly ifFunctions?: boolean;
  /** Other warnings the answers raise on the same antipattern, said with this one (one item per article). */
  readonly also?: readonly string[];
  readonly link?: RecordLink;
}

/** A question the quiz did not ask on this path, although its answers could raise warnings. */
export interface UnaskedQuestion {
  readonly question: string;
  /** Why the quiz skipped it here. */
  readonly reason: string;
  /** The antipatterns its answers would have checked. */
  readonly checks: readonly RecordLink[];
}

/**
 * Where the workload runs, as the record states it: on the team's own
 * hardware (no public price or platform limit is quoted as theirs), on one
 * public cloud, or on none chosen yet (several, undecided, or a link made
 * before the quiz asked).
 */
export type Hosting =
  | { readonly kind: 'own' }
  | { readonly kind: 'cloud'; readonly name: string }
  | { readonly kind: 'open'; readonly why: 'several' | 'undecided' };

/**
 * Figures from a cost model, optional: the cost estimate is a separate
 * feature, and a record without one says so instead of inventing numbers.
 */
export interface CostSummary {
  /** ISO currency code of every amount, e.g. "USD". */
  readonly currency: string;
  /** Estimated monthly bill of the chosen option. */
  readonly monthly: number;
  /** Sustained requests per second at which always-on capacity and functions cost the same. */
  readonly breakEvenPerSecond?: number;
  /** Monthly bill at which the decision should be revisited; default: twice `monthly`. */
  readonly reviewMonthly?: number;
  /** The inputs of the estimate, in words ("3 million requests a month, 200 ms, 512 MB"). */
  readonly assumptions: string;
  /** The option `monthly` is the bill of, in words ("functions"). */
  readonly option?: string;
  /** The always-on option the break-even is against, in words ("managed containers"). */
  readonly comparedWith?: string;
  /** Events per month the estimate is for. */
  readonly eventsPerMonth?: number;
  /** Events per month at the break-even (same point as breakEvenPerSecond). */
  readonly breakEvenPerMonth?: number;
  /** Monthly bill of the chosen option at the break-even volume. */
  readonly breakEvenMonthly?: number;
  /** Where the prices apply ("AWS Lambda, x86, US East (N. Virginia); …"). */
  readonly region?: string;
  /** The price facts behind the estimate, with the day each was checked. */
  readonly sources?: readonly FactDate[];
  /** The cost basis in a few words, for a table cell: the provider and which figures are the team's ("AWS; volume assumed"). */
  readonly basis?: string;
  /** How the provider was chosen when the team has not named one (a sentence), e.g. the cheapest of the three. */
  readonly providerNote?: string;
  /** The chosen option's bill at the low and high ends of the assumed figures' ranges; absent when every figure is the team's. */
  readonly range?: readonly [low: number, high: number];
  /**
   * The bill with this workload's share of the account's free tier, which
   * an assessment credits once for all its workloads (never once per
   * workload); absent when the free tier is left out.
   */
  readonly accountMonthly?: number;
}

/** A dated fact the decision relied on. */
export interface FactDate {
  /** The registry id (content/facts/<id>.json), so a page that carries the fact as data can be traced to it (npm run facts). */
  readonly id?: string;
  readonly label: string;
  /** The provider the fact is about ('aws', 'azure', 'google-cloud'), if any: a record for a team on another cloud, or on its own hardware, leaves it out. */
  readonly provider?: string;
  /** YYYY-MM-DD: when the fact was last compared with its source; absent for a fact nobody could compare with a current copy. */
  readonly checked?: string;
  readonly url?: string;
}

/** The function time limit that revisit triggers measure runs against. */
export interface TimeLimit {
  /** e.g. "AWS Lambda". */
  readonly product: string;
  /** The provider whose limit it is ('aws', 'azure', 'google-cloud'): a record quotes it only to a team on that cloud, or one that has not chosen. */
  readonly provider?: string;
  readonly minutes: number;
  /** YYYY-MM-DD, from the facts registry. */
  readonly checked: string;
}

/** A question left open that decides the outcome, and where each of its answers leads. */
export interface OpenDecider {
  readonly question: string;
  /** e.g. "“A” leads to Serverless functions; “B” or “C” lead to Managed services". */
  readonly leadsTo: string;
}

export interface RecordOption {
  readonly key: OptionKey;
  readonly name: string;
  /** One paragraph: what choosing it means. */
  readonly description: string;
}

export interface RecordInput {
  /** As typed by the user; may be empty or hostile (cleaned by the writers). */
  readonly workload: string;
  readonly outcome: OptionKey;
  /** One-line recommendation, e.g. "Serverless functions, with a caveat: cold starts". */
  readonly headline: string;
  readonly confidence: Confidence;
  /** The three options in a fixed order, with names and descriptions. */
  readonly options: readonly RecordOption[];
  /** Options some answer removed. */
  readonly ruledOut: readonly OptionKey[];
  /** Every answer, in asking order. */
  readonly trace: readonly TraceEntry[];
  /** Conditions attached to the chosen option (caveat labels). */
  readonly caveats: readonly string[];
  /** The same conditions in full: the answer, why, and the next step. */
  readonly conditions: readonly Condition[];
  readonly warnings: readonly RecordWarning[];
  /** Questions skipped on this path whose answers could raise warnings: named, so silence is not read as "no warning". */
  readonly unasked: readonly UnaskedQuestion[];
  readonly hosting: Hosting;
  /** Sentences: which different answer would change the outcome. */
  readonly changes: readonly string[];
  /** Questions answered "Not sure" whose answer decides the outcome: settle these before accepting the record. */
  readonly settleFirst: readonly OpenDecider[];
  readonly nextSteps: readonly string[];
  readonly cost?: CostSummary;
  readonly timeLimit?: TimeLimit;
  /** Absolute link to this result in the guide. */
  readonly resultUrl: string;
  /** Guide sections behind the decision. */
  readonly sections: readonly RecordLink[];
  readonly facts: readonly FactDate[];
  /** The guide's version (package.json). */
  readonly guideVersion: string;
  /** YYYY-MM-DD: the record's date. */
  readonly date: string;
}

const DRIVER_ORDER: readonly TraceEntry['effect'][] = ['rule-out', 'prefer', 'caveat', 'note'];

/**
 * The drivers of a decision: the answers that mattered, strongest effect
 * first. A note that only says how an answer was read (stance neutral) is
 * context, not a driver.
 */
export function drivers(input: RecordInput): readonly TraceEntry[] {
  return DRIVER_ORDER.flatMap((effect) => input.trace.filter((t) => t.effect === effect && (effect !== 'note' || t.stance !== 'neutral')));
}
