/**
 * The adapter from the quiz's decision to the neutral record input. Kept
 * small on purpose: it is the one place that knows the quiz's shapes.
 */
import type { Decision } from '../quiz/decide.ts';
import { OUTCOMES, OUTCOME_ORDER } from '../quiz/outcomes.ts';
import { QUESTIONS, type Answers } from '../quiz/questions.ts';
import { answerLabel } from '../quiz/question-text.ts';
import { RULES } from '../quiz/rules.ts';
import { concernsOnlyFunctions, ruleText } from '../quiz/evaluate.ts';
import { getSection, sectionLabel, sectionUrl, type GuideLabels, type SectionRef } from '../quiz/sections.ts';
import type { CostSummary, FactDate, Hosting, OptionKey, RecordInput, RecordLink, TimeLimit } from './types.ts';

export interface QuizRecordContext {
  readonly workload: string;
  /** Absolute link to the result. */
  readonly resultUrl: string;
  /** Site origin the guide links are built on. */
  readonly siteUrl: string;
  readonly guideVersion: string;
  readonly date: string;
  readonly facts: readonly FactDate[];
  /** A function time limit; quoted only to a team on its provider's cloud, or one that has not chosen (see limitFor). */
  readonly timeLimit?: TimeLimit;
  /** The estimate for this workload's own figures on its team's cloud (none on the team's own hardware). */
  readonly cost?: CostSummary;
  /** Section and page labels from the real headings (see quiz/sections.ts). */
  readonly labels: GuideLabels;
}

function sectionLink(ref: SectionRef, ctx: QuizRecordContext): RecordLink {
  return { title: sectionLabel(ctx.labels, ref), url: new URL(sectionUrl(ref), ctx.siteUrl).href };
}

/** An antipattern's page, as a warning names it. */
function pageLink(ref: SectionRef, ctx: QuizRecordContext): RecordLink {
  const { page } = getSection(ref);
  return { title: ctx.labels.pages[page] ?? page, url: new URL(sectionUrl(ref), ctx.siteUrl).href };
}

/** Options a trace line's rules remove (rule ids are unique among rule-outs). */
function ruledOutBy(ruleIds: readonly string[]): OptionKey[] {
  const removed = RULES.flatMap((r) => (ruleIds.includes(r.id) && r.effect.kind === 'rule-out' ? r.effect.outcomes : []));
  return [...new Set(removed)];
}

const CLOUDS = ['aws', 'azure', 'google-cloud'] as const;

/** Where the workload runs, from the location and cloud answers. */
export function hostingOf(answers: Answers): Hosting {
  if (answers.location === 'on-premises') return { kind: 'own' };
  const cloud = answers.cloud;
  if (CLOUDS.some((c) => c === cloud)) return { kind: 'cloud', name: answerLabel('cloud', cloud!) };
  return { kind: 'open', why: cloud === 'several' ? 'several' : 'undecided' };
}

/**
 * Whether a provider's fact or limit is the team's to quote: never on its
 * own hardware, only its own provider's on one cloud, any provider's (as an
 * example) where none is chosen. A fact about no public cloud always is.
 */
function quotable(answers: Answers, provider: string | undefined): boolean {
  if (provider === undefined || !CLOUDS.some((c) => c === provider)) return true;
  if (answers.location === 'on-premises') return false;
  const chosen = CLOUDS.find((c) => c === answers.cloud);
  return chosen === undefined || provider === chosen;
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
      stance: line.stance,
      link: sectionLink(line.section, ctx),
    })),
    caveats: decision.caveats.map((c) => c.label),
    conditions: decision.caveats.map((c) => {
      // A caveat can sit on a line whose stronger rule speaks for the outcome (on premises: servers, with capacity to plan), so it is read from its rule.
      const question = RULES.find((r) => r.id === c.id)?.question;
      const line = decision.trace.find((l) => l.question === question);
      return {
        question: question ? QUESTIONS[question].title : '',
        answer: line?.answerLabel ?? '',
        explanation: ruleText(c.id).explanation,
        nextStep: c.nextStep,
      };
    }),
    warnings: decision.warnings.map((w) => ({
      title: pageLink(w.section, ctx).title,
      message: w.message,
      ...(w.possible === true ? { possible: true } : {}),
      ...(concernsOnlyFunctions(decision.outcome, w) ? { ifFunctions: true } : {}),
      ...(w.also && w.also.length > 0 ? { also: w.also.map((a) => a.message) } : {}),
      link: sectionLink(w.section, ctx),
    })),
    unasked: decision.unasked.map((u) => ({ question: QUESTIONS[u.question].title, reason: u.reason, checks: u.checks.map((ref) => pageLink(ref, ctx)) })),
    hosting: hostingOf(decision.answers),
    changes: decision.changes.map((c) => c.text),
    settleFirst: decision.open.filter((o) => o.decides).map((o) => ({ question: QUESTIONS[o.question].title, leadsTo: o.summary })),
    nextSteps: decision.nextSteps,
    cost: decision.answers.location === 'on-premises' ? undefined : ctx.cost,
    timeLimit: ctx.timeLimit && quotable(decision.answers, ctx.timeLimit.provider) ? ctx.timeLimit : undefined,
    resultUrl: ctx.resultUrl,
    sections: sections.map((ref) => sectionLink(ref, ctx)),
    facts: ctx.facts.filter((f) => quotable(decision.answers, f.provider)),
    guideVersion: ctx.guideVersion,
    date: ctx.date,
  };
}
