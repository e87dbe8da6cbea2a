/**
 * The adapter from the quiz's decision to the neutral record input. Kept
 * small on purpose: it is the one place that knows the quiz's shapes.
 */
import type { Decision } from '../quiz/decide.ts';
import { OUTCOMES, OUTCOME_ORDER } from '../quiz/outcomes.ts';
import { QUESTIONS } from '../quiz/questions.ts';
import { RULES } from '../quiz/rules.ts';
import { SECTIONS, sectionUrl, type SectionRef } from '../quiz/sections.ts';
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
}

function sectionLink(ref: SectionRef, siteUrl: string): RecordLink {
  return { title: SECTIONS[ref].title, url: new URL(sectionUrl(ref), siteUrl).href };
}

/** Options a trace line's rule removes (its rule id is unique among rule-outs). */
function ruledOutBy(ruleId: string): OptionKey[] {
  const rule = RULES.find((r) => r.id === ruleId && r.effect.kind === 'rule-out');
  return rule?.effect.kind === 'rule-out' ? [...rule.effect.outcomes] : [];
}

export function recordFromDecision(decision: Decision, ctx: QuizRecordContext): RecordInput {
  const sections = [...new Set<SectionRef>(OUTCOMES[decision.outcome].sections)];
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
      against: line.effect === 'rule-out' ? ruledOutBy(line.rule.id) : [],
      link: sectionLink(line.section, ctx.siteUrl),
    })),
    caveats: decision.caveats.map((c) => c.label),
    warnings: decision.warnings.map((w) => ({ title: w.antipattern, message: w.message, link: sectionLink(w.section, ctx.siteUrl) })),
    changes: decision.changes.map((c) => c.text),
    nextSteps: decision.nextSteps,
    cost: ctx.cost,
    timeLimit: ctx.timeLimit,
    resultUrl: ctx.resultUrl,
    sections: sections.map((ref) => sectionLink(ref, ctx.siteUrl)),
    facts: ctx.facts,
    guideVersion: ctx.guideVersion,
    date: ctx.date,
  };
}
