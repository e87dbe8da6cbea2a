/**
 * The adapter from the quiz's decision to the neutral record input. Kept
 * small on purpose: it is the one place that knows the quiz's shapes.
 */
import type { Decision } from '../quiz/decide.ts';
import { OUTCOMES, OUTCOME_ORDER } from '../quiz/outcomes.ts';
import { QUESTIONS } from '../quiz/questions.ts';
import { RULES } from '../quiz/rules.ts';
import { getSection, sectionLabel, sectionUrl, type GuideLabels, type SectionRef } from '../quiz/sections.ts';
import type { CostSummary, FactDate, OptionKey, RecordInput, RecordLink, TimeLimit } from './types.ts';

export interface QuizRecordContext {
  readonly workload: string;
  /** Absolute link to the result. */
  readonly resultUrl: string;
  /** Site origin the guide links are built on. */
  readonly siteUrl: string;
  readonly guideVersion: string;
  readonly date: string;
  readonly facts: readonly FactDate[];
  readonly timeLimit?: TimeLimit;
  readonly cost?: CostSummary;
  /** Section and page labels from the real headings (see quiz/sections.ts). */
  readonly labels: GuideLabels;
}

function sectionLink(ref: SectionRef, ctx: QuizRecordContext): RecordLink {
  return { title: sectionLabel(ctx.labels, ref), url: new URL(sectionUrl(ref), ctx.siteUrl).href };
}

/** Options a trace line's rules remove (rule ids are unique among rule-outs). */
function ruledOutBy(ruleIds: readonly string[]): OptionKey[] {
  const removed = RULES.flatMap((r) => (ruleIds.includes(r.id) && r.effect.kind === 'rule-out' ? r.effect.outcomes : []));
  return [...new Set(removed)];
}

export function recordFromDecision(decision: Decision, ctx: QuizRecordContext): RecordInput {
  // Islands carry only the labels the trace needs (traceLabels); outcome sections without one are left out.
  const sections = [...new Set<SectionRef>(OUTCOMES[decision.outcome].sections)].filter((ref) => ctx.labels.headings[ref] !== undefined);
  return {
    workload: ctx.workload,
    outcome: decision.outcome,
    headline: decision.headline,
    confidence: decision.confidence,
    options: OUTCOME_ORDER.map((key) => ({ key, name: OUTCOMES[key].name, description: OUTCOMES[key].description })),
    ruledOut: decision.ruledOut,
    trace: decision.trace.map((line) => ({
      question: QUESTIONS[line.question].title,
      answer: line.answerLabel,
      effect: line.effect,
      explanation: line.rule.text,
      against: ruledOutBy(line.rules.map((r) => r.id)),
      link: sectionLink(line.section, ctx),
    })),
    caveats: decision.caveats.map((c) => c.label),
    warnings: decision.warnings.map((w) => ({ title: ctx.labels.pages[getSection(w.section).page] ?? getSection(w.section).page, message: w.message, link: sectionLink(w.section, ctx) })),
    changes: decision.changes.map((c) => c.text),
    settleFirst: decision.open.filter((o) => o.decides).map((o) => ({ question: QUESTIONS[o.question].title, leadsTo: o.summary })),
    nextSteps: decision.nextSteps,
    cost: ctx.cost,
    timeLimit: ctx.timeLimit,
    resultUrl: ctx.resultUrl,
    sections: sections.map((ref) => sectionLink(ref, ctx)),
    facts: ctx.facts,
    guideVersion: ctx.guideVersion,
    date: ctx.date,
  };
}
