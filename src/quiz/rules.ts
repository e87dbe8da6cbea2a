/**
 * The decision, written as a table of named rules a reader can follow.
 *
 * How the table is applied (see evaluate.ts):
 *   1. `rule-out` rules remove outcomes. Conventional servers can never be
 *      ruled out, so there is always an answer.
 *   2. If serverless functions survive, they are the recommendation: every
 *      answer that makes functions a poor fit is a rule-out above.
 *   3. Otherwise the first matching `prefer` rule chooses between managed
 *      services and servers (unless managed services were ruled out too).
 *   4. `caveat` rules for the chosen outcome attach conditions: one caveat
 *      gives confidence 'caveat', two or more 'boundary'.
 *   5. `note` rules only explain how an answer was read, for the trace.
 * Warnings are separate: each points at the section of the antipattern
 * article (by its slug, in the section ref) that an answer points to.
 *
 * What each rule says (trace sentence, caveat label and next step, warning
 * message) is in rule-text.ts, keyed by id: the quiz page needs only this
 * logic, the result pages and the map add the words.
 *
 * A rule whose inputs have not been answered simply does not match, which
 * is what lets flow.ts ask "is serverless already ruled out?" mid-quiz.
 */
import type { Answers, QuestionId } from './questions.ts';
import type { OutcomeId } from './outcomes.ts';
import type { SectionRef } from './sections.ts';

export type RuleEffect =
  /** Removes outcomes; servers are deliberately not removable. */
  | { readonly kind: 'rule-out'; readonly outcomes: readonly Exclude<OutcomeId, 'servers'>[] }
  /** Chooses between managed services and servers once functions are out. */
  | { readonly kind: 'prefer'; readonly outcome: Exclude<OutcomeId, 'serverless'>; readonly boundary: boolean }
  /** A condition attached to an outcome (its label and next step are in rule-text.ts). */
  | { readonly kind: 'caveat'; readonly outcome: OutcomeId }
  /** No effect on the result; records how an answer was read. */
  | { readonly kind: 'note' };

export interface Rule {
  readonly id: string;
  /** The answer this rule is about; anchors its line in the trace. */
  readonly question: QuestionId;
  readonly when: (answers: Answers) => boolean;
  readonly effect: RuleEffect;
  readonly section: SectionRef;
}

export interface WarningRule {
  readonly id: string;
  readonly question: QuestionId;
  readonly when: (answers: Answers) => boolean;
  readonly section: SectionRef;
}

// Small readable predicates for the table below.
const wantsCost = (a: Answers): boolean => a.goal === 'cost' || a.goal === 'both';

export const RULES: readonly Rule[] = [
  // 1. Rule-outs: answers that make functions (or all managed offerings) a poor fit.
  {
    id: 'on-premises-only',
    question: 'location',
    when: (a) => a.location === 'on-premises',
    effect: { kind: 'rule-out', outcomes: ['serverless', 'managed'] },
    section: 'on-premises-serverless#summary',
  },
  {
    id: 'goal-neither',
    question: 'goal',
    when: (a) => a.goal === 'neither',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    section: 'goals#neither',
  },
  {
    id: 'hybrid-without-operators',
    question: 'team',
    when: (a) => a.location === 'hybrid' && a.team === 'little',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    section: 'on-premises-serverless#layers',
  },
  {
    id: 'needs-accelerator',
    question: 'hardware',
    when: (a) => a.hardware === 'accelerator',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    section: 'fit#servers',
  },
  {
    id: 'beyond-function-sizes',
    question: 'hardware',
    when: (a) => a.hardware === 'large',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    section: 'fit#size-limits',
  },
  {
    id: 'custom-system',
    question: 'hardware',
    when: (a) => a.hardware === 'system',
    effect: { kind: 'rule-out', outcomes: ['serverless', 'managed'] },
    section: 'fit#servers',
  },
  {
    id: 'continuous-work',
    question: 'arrival',
    when: (a) => a.arrival === 'continuous',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    section: 'fit#time-limits',
  },
  {
    id: 'beyond-time-limits',
    question: 'duration',
    when: (a) => a.duration === 'beyond-limit',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    section: 'fit#time-limits',
  },
  {
    id: 'own-data-layer',
    question: 'state',
    when: (a) => a.state === 'own-data-layer',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    section: 'database-dependency#own-data-layer',
  },
  {
    id: 'steady-load-cost',
    question: 'traffic',
    when: (a) => a.traffic === 'steady-high' && wantsCost(a),
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    section: 'goals#cost',
  },
  {
    id: 'steady-load-operations',
    question: 'traffic',
    when: (a) => a.traffic === 'steady-high' && a.goal === 'operations',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    section: 'fit#managed',
  },
  {
    id: 'strict-latency-busy',
    question: 'latency',
    when: (a) => a.latency === 'strict' && a.traffic === 'variable',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    section: 'fit#cold-starts',
  },

  // 2. Prefer: choose between managed services and servers, first match wins.
  {
    id: 'prefer-managed-for-operations',
    question: 'goal',
    when: (a) => a.goal === 'operations',
    effect: { kind: 'prefer', outcome: 'managed', boundary: false },
    section: 'goals#operations',
  },
  {
    id: 'prefer-managed-little-capacity',
    question: 'team',
    when: (a) => a.team === 'little',
    effect: { kind: 'prefer', outcome: 'managed', boundary: false },
    section: 'fit#managed',
  },
  {
    id: 'prefer-servers-platform-team',
    question: 'team',
    when: (a) => a.team === 'platform',
    effect: { kind: 'prefer', outcome: 'servers', boundary: false },
    section: 'fit#servers',
  },
  {
    id: 'prefer-managed-some-capacity',
    question: 'team',
    when: (a) => a.team === 'some',
    effect: { kind: 'prefer', outcome: 'managed', boundary: true },
    section: 'fit#managed',
  },
  {
    id: 'prefer-managed-by-default',
    question: 'team',
    when: () => true,
    effect: { kind: 'prefer', outcome: 'managed', boundary: true },
    section: 'fit#managed',
  },

  // 3. Caveats: conditions attached to the chosen outcome.
  {
    id: 'trigger-per-event',
    question: 'arrival',
    when: (a) => a.arrival === 'timer-batches',
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'batch-jobs-on-a-timer#per-event',
  },
  {
    id: 'near-time-limits',
    question: 'duration',
    when: (a) => a.duration === 'near-limit',
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'fit#time-limits',
  },
  {
    id: 'hybrid-exception',
    question: 'location',
    when: (a) => a.location === 'hybrid',
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'on-premises-serverless#hybrid',
  },
  {
    id: 'cold-starts-strict',
    question: 'latency',
    when: (a) => a.latency === 'strict' && a.traffic === 'spiky',
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'fit#cold-starts',
  },
  {
    id: 'cold-starts-interactive',
    question: 'latency',
    when: (a) => a.latency === 'interactive' && a.traffic === 'spiky',
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'fit#cold-starts',
  },
  {
    id: 'warm-capacity-cost',
    question: 'latency',
    when: (a) => a.latency === 'strict' && a.traffic === 'spiky' && wantsCost(a),
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'goals#cost',
  },
  {
    id: 'cost-at-baseline',
    question: 'traffic',
    when: (a) => a.traffic === 'variable' && wantsCost(a),
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'goals#cost',
  },
  // Advice questions (role 'advice') only ever add caveats to functions,
  // notes and warnings: never a rule-out or a preference, so they cannot
  // change the outcome or the path (the flow tests prove it). Their caveats
  // are for functions only, because the advice questions are asked only while
  // functions are possible. Predicates compare with === only, so a "Not sure"
  // answer matches nothing and leaves the result as it was.
  {
    id: 'waiting-chain',
    question: 'workflow',
    when: (a) => a.workflow === 'chain',
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'synchronous-function-chains#queue',
  },
  {
    id: 'long-workflow',
    question: 'workflow',
    when: (a) => a.workflow === 'long',
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'hand-built-orchestration#instead',
  },
  {
    id: 'large-payload',
    question: 'payload',
    when: (a) => a.payload === 'large',
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'fit#size-limits',
  },
  {
    id: 'fixed-downstream',
    question: 'downstream',
    when: (a) => a.downstream === 'fixed',
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'unbounded-concurrency#queue-and-cap',
  },
  {
    // The loops question is asked only for per-event work; the arrival check
    // keeps a stray answer to it (skipped) from adding a caveat.
    id: 'self-trigger',
    question: 'loops',
    when: (a) => a.arrival === 'per-event' && a.loops === 'same',
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'recursive-invocation-loops#separate-outputs',
  },
  {
    id: 'portable-functions',
    question: 'portability',
    when: (a) => a.portability === 'portable',
    effect: { kind: 'caveat', outcome: 'serverless' },
    section: 'vendor-lock-in#thin-seams',
  },
  {
    id: 'hybrid-managed',
    question: 'location',
    when: (a) => a.location === 'hybrid',
    effect: { kind: 'caveat', outcome: 'managed' },
    section: 'on-premises-serverless#strip-a-layer',
  },
  {
    id: 'hybrid-servers',
    question: 'location',
    when: (a) => a.location === 'hybrid',
    effect: { kind: 'caveat', outcome: 'servers' },
    section: 'on-premises-serverless#strip-a-layer',
  },
  {
    id: 'own-machines-little-capacity',
    question: 'team',
    when: (a) => a.hardware === 'system' && a.team === 'little' && (a.location === 'cloud' || a.location === 'hybrid'),
    effect: { kind: 'caveat', outcome: 'servers' },
    section: 'fit#servers',
  },
  {
    id: 'on-premises-capacity',
    question: 'location',
    when: (a) => a.location === 'on-premises',
    effect: { kind: 'caveat', outcome: 'servers' },
    section: 'on-premises-serverless#hurts-cost',
  },

  // 4. Notes: how an answer was read when it has no effect of its own.
  {
    id: 'goal-operations',
    question: 'goal',
    when: (a) => a.goal === 'operations',
    effect: { kind: 'note' },
    section: 'goals#operations',
  },
  {
    id: 'goal-cost',
    question: 'goal',
    when: (a) => a.goal === 'cost',
    effect: { kind: 'note' },
    section: 'goals#cost',
  },
  {
    id: 'goal-both',
    question: 'goal',
    when: (a) => a.goal === 'both',
    effect: { kind: 'note' },
    section: 'goals#choosing',
  },
  {
    id: 'public-cloud',
    question: 'location',
    when: (a) => a.location === 'cloud',
    effect: { kind: 'note' },
    section: 'goals#faas-vs-baas',
  },
  {
    id: 'standard-hardware',
    question: 'hardware',
    when: (a) => a.hardware === 'standard',
    effect: { kind: 'note' },
    section: 'fit#size-limits',
  },
  {
    id: 'per-event',
    question: 'arrival',
    when: (a) => a.arrival === 'per-event',
    effect: { kind: 'note' },
    section: 'fit#business-events',
  },
  {
    id: 'short-runs',
    question: 'duration',
    when: (a) => a.duration === 'short',
    effect: { kind: 'note' },
    section: 'fit#limits',
  },
  {
    id: 'stateless',
    question: 'state',
    when: (a) => a.state === 'stateless',
    effect: { kind: 'note' },
    section: 'fit#state-limits',
  },
  {
    id: 'managed-data',
    question: 'state',
    when: (a) => a.state === 'managed-data',
    effect: { kind: 'note' },
    section: 'database-dependency#managed-data',
  },
  {
    id: 'spiky-load',
    question: 'traffic',
    when: (a) => a.traffic === 'spiky',
    effect: { kind: 'note' },
    section: 'fit#good-fits',
  },
  {
    id: 'latency-tolerant',
    question: 'latency',
    when: (a) => a.latency === 'tolerant',
    effect: { kind: 'note' },
    section: 'fit#cold-starts',
  },
  {
    id: 'hybrid-operators',
    question: 'team',
    when: (a) => a.location === 'hybrid' && (a.team === 'some' || a.team === 'platform'),
    effect: { kind: 'note' },
    section: 'on-premises-serverless#layers',
  },
  {
    id: 'one-step',
    question: 'workflow',
    when: (a) => a.workflow === 'single',
    effect: { kind: 'note' },
    section: 'fit#business-events',
  },
  {
    id: 'fan-out',
    question: 'workflow',
    when: (a) => a.workflow === 'fan-out',
    effect: { kind: 'note' },
    section: 'unbounded-concurrency#outruns',
  },
  {
    id: 'small-payload',
    question: 'payload',
    when: (a) => a.payload === 'small',
    effect: { kind: 'note' },
    section: 'fit#size-limits',
  },
  {
    id: 'elastic-downstream',
    question: 'downstream',
    when: (a) => a.downstream === 'elastic',
    effect: { kind: 'note' },
    section: 'unbounded-concurrency#elastic',
  },
  {
    id: 'separate-outputs',
    question: 'loops',
    when: (a) => a.arrival === 'per-event' && a.loops === 'separate',
    effect: { kind: 'note' },
    section: 'recursive-invocation-loops#separate-outputs',
  },
  {
    id: 'one-provider',
    question: 'portability',
    when: (a) => a.portability === 'one-provider',
    effect: { kind: 'note' },
    section: 'vendor-lock-in#decide',
  },
];

/** Answers that point at an antipattern; each raises a warning with a link. */
export const WARNING_RULES: readonly WarningRule[] = [
  {
    id: 'batch-on-a-timer',
    question: 'arrival',
    when: (a) => a.arrival === 'timer-batches',
    section: 'batch-jobs-on-a-timer#symptoms',
  },
  {
    id: 'batch-timeouts',
    question: 'duration',
    when: (a) => a.duration === 'near-limit' || (a.arrival === 'timer-batches' && a.duration === 'beyond-limit'),
    section: 'batch-jobs-on-a-timer#timeouts',
  },
  {
    id: 'own-data-layer',
    question: 'state',
    when: (a) => a.state === 'own-data-layer',
    section: 'database-dependency#own-data-layer',
  },
  {
    id: 'on-premises-faas',
    question: 'location',
    when: (a) => a.location === 'on-premises',
    section: 'on-premises-serverless#summary',
  },
  {
    id: 'hybrid-layers',
    question: 'location',
    when: (a) => a.location === 'hybrid',
    section: 'on-premises-serverless#hybrid',
  },
  // The antipatterns from the field, each raised by the answer that points
  // at it (the advice questions), plus cold starts on the latency answer.
  {
    id: 'synchronous-chain',
    question: 'workflow',
    when: (a) => a.workflow === 'chain',
    section: 'synchronous-function-chains#why-it-hurts',
  },
  {
    id: 'hand-built-orchestration',
    question: 'workflow',
    when: (a) => a.workflow === 'long',
    section: 'hand-built-orchestration#symptoms',
  },
  {
    // Work longer than any function may run, arriving as discrete units: the
    // temptation is to split it across functions that re-invoke themselves.
    // The workflow question is not asked then (functions are already out).
    id: 'split-across-invocations',
    question: 'duration',
    when: (a) => a.duration === 'beyond-limit' && (a.arrival === 'per-event' || a.arrival === 'timer-batches'),
    section: 'hand-built-orchestration#time-limit',
  },
  {
    id: 'unbounded-concurrency',
    question: 'downstream',
    when: (a) => a.downstream === 'fixed',
    section: 'unbounded-concurrency#outruns',
  },
  {
    id: 'recursive-loop',
    question: 'loops',
    when: (a) => a.arrival === 'per-event' && a.loops === 'same',
    section: 'recursive-invocation-loops#why-it-hurts',
  },
  {
    id: 'portability-premium',
    question: 'portability',
    when: (a) => a.portability === 'portable',
    section: 'vendor-lock-in#premium',
  },
  {
    id: 'cold-starts',
    question: 'latency',
    when: (a) => a.latency === 'strict',
    section: 'cold-starts-on-critical-paths#why-it-hurts',
  },
];
