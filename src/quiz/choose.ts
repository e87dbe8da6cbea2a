/**
 * Which outcome the rule table picks, without any of its words: what the
 * machine's CONFIRM and the flow's `needed` rules need, so the quiz page's
 * startup JavaScript stays small. evaluate.ts adds the trace, caveats and
 * warnings on top, with the rules' own words.
 */
import type { OutcomeId } from './outcomes.ts';
import type { Answers } from './questions.ts';
import { RULES, type Rule } from './rules.ts';

// The flow asks this for every step of every reading: keep the candidates per outcome.
const REMOVERS = new Map<OutcomeId, readonly Rule[]>();
function removers(outcome: OutcomeId): readonly Rule[] {
  let rules = REMOVERS.get(outcome);
  if (rules === undefined) {
    rules = RULES.filter((rule) => rule.effect.kind === 'rule-out' && (rule.effect.outcomes as readonly OutcomeId[]).includes(outcome));
    REMOVERS.set(outcome, rules);
  }
  return rules;
}

/** Whether the answers given so far already remove an outcome (used by flow.ts). */
export function isRuledOut(outcome: OutcomeId, answers: Answers): boolean {
  return removers(outcome).some((rule) => rule.when(answers));
}

/** Fallback that cannot fail, should the table ever lose its catch-all. */
const DEFAULT_PREFERENCE = { outcome: 'managed', boundary: true } as const;

export interface Choice {
  readonly outcome: OutcomeId;
  /** The preference chose between two close options. */
  readonly boundaryChoice: boolean;
  /** The preference rule that chose, when functions were out. */
  readonly deciding: Rule | undefined;
  /** Every rule that matched the answers. */
  readonly fired: readonly Rule[];
  readonly ruledOut: ReadonlySet<OutcomeId>;
}

/** Steps 1 to 3 of the rule table's header comment. */
export function choose(answers: Answers): Choice {
  const fired = RULES.filter((rule) => rule.when(answers));
  const ruledOut = new Set<OutcomeId>(fired.flatMap((rule) => (rule.effect.kind === 'rule-out' ? rule.effect.outcomes : [])));
  if (!ruledOut.has('serverless')) return { outcome: 'serverless', boundaryChoice: false, deciding: undefined, fired, ruledOut };
  if (ruledOut.has('managed')) return { outcome: 'servers', boundaryChoice: false, deciding: undefined, fired, ruledOut };
  const deciding = fired.find((rule) => rule.effect.kind === 'prefer');
  const preference = deciding?.effect.kind === 'prefer' ? deciding.effect : DEFAULT_PREFERENCE;
  return { outcome: preference.outcome, boundaryChoice: preference.boundary, deciding, fired, ruledOut };
}
