/**
 * "Which rules lead to outcome X", computed once from the rule table, for
 * the decision map and the result pages (the way evaluate() applies them).
 */
import { OUTCOME_ORDER, type OutcomeId } from './outcomes.ts';
import { QUESTIONS, QUESTION_ORDER } from './questions.ts';
import { optionText } from './question-text.ts';
import { getSection, type GuideLabels, type SectionRef } from './sections.ts';
import { RULES, WARNING_RULES, type Rule } from './rules.ts';

export interface OutcomeRules {
  /** Rule-outs that remove every other outcome: this one is then certain. */
  readonly decisive: readonly Rule[];
  /** Rule-outs that remove this outcome. */
  readonly ruledOutBy: readonly Rule[];
  /** Preferences that choose this outcome once functions are out. */
  readonly preferredBy: readonly Rule[];
  /** Conditions attached to this outcome. */
  readonly caveats: readonly Rule[];
  /**
   * The rules that point towards this outcome, for its result page: caveats
   * for functions (which win unless ruled out); otherwise the preferences
   * for it and the rule-outs of functions that leave it open.
   */
  readonly leadHere: readonly Rule[];
}

/** In asking order, so lists read like the quiz; ties keep the table's order. */
function byQuestion(rules: readonly Rule[]): Rule[] {
  return [...rules].sort((a, b) => QUESTION_ORDER.indexOf(a.question) - QUESTION_ORDER.indexOf(b.question));
}

const removes = (rule: Rule, outcome: OutcomeId): boolean =>
  rule.effect.kind === 'rule-out' && (rule.effect.outcomes as readonly OutcomeId[]).includes(outcome);

export function outcomeRules(outcome: OutcomeId): OutcomeRules {
  const others = OUTCOME_ORDER.filter((o) => o !== outcome);
  const caveats = RULES.filter((r) => r.effect.kind === 'caveat' && r.effect.outcome === outcome);
  const preferredBy = RULES.filter((r) => r.effect.kind === 'prefer' && r.effect.outcome === outcome);
  const leadHere =
    outcome === 'serverless'
      ? caveats
      : RULES.filter((r) => preferredBy.includes(r) || (removes(r, 'serverless') && (outcome === 'servers' || !removes(r, 'managed'))));
  return {
    decisive: byQuestion(RULES.filter((r) => others.every((o) => removes(r, o)))),
    ruledOutBy: byQuestion(RULES.filter((r) => removes(r, outcome))),
    preferredBy: byQuestion(preferredBy),
    caveats: byQuestion(caveats),
    leadHere,
  };
}

/**
 * Only the labels a personal result can show (rule, warning and answer
 * sections), so the result pages carry no more than they need.
 */
export function traceLabels(labels: GuideLabels): GuideLabels {
  const refs = new Set<SectionRef>([
    ...RULES.map((r) => r.section),
    ...WARNING_RULES.map((w) => w.section),
    ...QUESTION_ORDER.flatMap((q) => QUESTIONS[q].options.flatMap((o) => optionText(q, o.value)?.sections.slice(0, 1) ?? [])),
  ]);
  const headings: Partial<Record<SectionRef, string>> = {};
  const pages: Record<string, string> = {};
  for (const ref of refs) {
    headings[ref] = labels.headings[ref];
    const { page } = getSection(ref);
    pages[page] = labels.pages[page] ?? page;
  }
  return { headings: headings as GuideLabels['headings'], pages };
}
