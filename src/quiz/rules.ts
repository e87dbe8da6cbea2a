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
  /** A condition attached to an outcome; `label` ends up in the headline. */
  | { readonly kind: 'caveat'; readonly outcome: OutcomeId; readonly label: string; readonly nextStep: string }
  /** No effect on the result; records how an answer was read. */
  | { readonly kind: 'note' };

export interface Rule {
  readonly id: string;
  /** The answer this rule is about; anchors its line in the trace. */
  readonly question: QuestionId;
  readonly when: (answers: Answers) => boolean;
  readonly effect: RuleEffect;
  /** One sentence, shown in the trace. */
  readonly explanation: string;
  readonly section: SectionRef;
}

export interface WarningRule {
  readonly id: string;
  readonly question: QuestionId;
  readonly when: (answers: Answers) => boolean;
  readonly message: string;
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
    explanation:
      'On premises, functions mean installing and running a function framework yourself (antipattern No. 3), and public managed services are not available.',
    section: 'on-premises-serverless#summary',
  },
  {
    id: 'goal-neither',
    question: 'goal',
    when: (a) => a.goal === 'neither',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    explanation: 'Without simpler operations or lower cost as the aim, functions bring their constraints and none of the benefits you want.',
    section: 'goals#neither',
  },
  {
    id: 'hybrid-without-operators',
    question: 'team',
    when: (a) => a.location === 'hybrid' && a.team === 'little',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    explanation:
      'One function platform in two places means someone runs the framework, its orchestrator and the machines on premises, which a team with little capacity cannot carry.',
    section: 'on-premises-serverless#layers',
  },
  {
    id: 'continuous-work',
    question: 'arrival',
    when: (a) => a.arrival === 'continuous',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    explanation: 'Work that never stops does not fit invocations that end after a time limit; a service that stays up fits it better.',
    section: 'fit#time-limits',
  },
  {
    id: 'beyond-time-limits',
    question: 'duration',
    when: (a) => a.duration === 'beyond-limit',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    explanation: 'A unit of work that can run past the platform time limit would be cut off mid-way; it needs a runtime without that ceiling.',
    section: 'fit#time-limits',
  },
  {
    id: 'own-data-layer',
    question: 'state',
    when: (a) => a.state === 'own-data-layer',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    explanation:
      'Building and running your own data layer brings back the fixed cost and the operations that functions were meant to remove (antipattern No. 2).',
    section: 'database-dependency#own-data-layer',
  },
  {
    id: 'steady-load-cost',
    question: 'traffic',
    when: (a) => a.traffic === 'steady-high' && wantsCost(a),
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    explanation: 'With steady, high load there is no idle time to save on, and paying per invocation costs more than capacity that is always busy.',
    section: 'goals#cost',
  },
  {
    id: 'steady-load-operations',
    question: 'traffic',
    when: (a) => a.traffic === 'steady-high' && a.goal === 'operations',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    explanation: 'At steady, high load a managed platform gives the same hands-off operations without per-invocation pricing.',
    section: 'fit#managed',
  },
  {
    id: 'strict-latency-busy',
    question: 'latency',
    when: (a) => a.latency === 'strict' && a.traffic === 'variable',
    effect: { kind: 'rule-out', outcomes: ['serverless'] },
    explanation:
      'A load that is never idle with a latency budget that a cold start would break is served better by always-warm managed containers than by functions kept warm at extra cost.',
    section: 'fit#cold-starts',
  },

  // 2. Prefer: choose between managed services and servers, first match wins.
  {
    id: 'prefer-managed-for-operations',
    question: 'goal',
    when: (a) => a.goal === 'operations',
    effect: { kind: 'prefer', outcome: 'managed', boundary: false },
    explanation: 'Simpler operations is the goal, so let a provider run the platform even though functions are out.',
    section: 'goals#operations',
  },
  {
    id: 'prefer-managed-little-capacity',
    question: 'team',
    when: (a) => a.team === 'little',
    effect: { kind: 'prefer', outcome: 'managed', boundary: false },
    explanation: 'With little capacity to run infrastructure, servers would take time the team does not have; a managed platform takes that work.',
    section: 'fit#managed',
  },
  {
    id: 'prefer-servers-platform-team',
    question: 'team',
    when: (a) => a.team === 'platform',
    effect: { kind: 'prefer', outcome: 'servers', boundary: false },
    explanation: 'A platform team that already runs servers well can host this at a predictable cost and with full control.',
    section: 'fit#servers',
  },
  {
    id: 'prefer-managed-some-capacity',
    question: 'team',
    when: (a) => a.team === 'some',
    effect: { kind: 'prefer', outcome: 'managed', boundary: true },
    explanation: 'With some capacity either could work; a managed platform keeps the operating load smaller, with your own servers a close second.',
    section: 'fit#managed',
  },
  {
    id: 'prefer-managed-by-default',
    question: 'team',
    when: () => true,
    effect: { kind: 'prefer', outcome: 'managed', boundary: true },
    explanation: 'Team capacity is unknown, so the option that asks less of the team comes first.',
    section: 'fit#managed',
  },

  // 3. Caveats: conditions attached to the chosen outcome.
  {
    id: 'trigger-per-event',
    question: 'arrival',
    when: (a) => a.arrival === 'timer-batches',
    effect: {
      kind: 'caveat',
      outcome: 'serverless',
      label: 'trigger per event',
      nextStep: 'Replace the timer with a trigger per item (a queue message, an upload, a change event) unless the work is genuinely periodic.',
    },
    explanation: 'Functions fit if each item triggers its own invocation; keep a timer only for work that is genuinely periodic.',
    section: 'batch-jobs-on-a-timer#per-event',
  },
  {
    id: 'near-time-limits',
    question: 'duration',
    when: (a) => a.duration === 'near-limit',
    effect: {
      kind: 'caveat',
      outcome: 'serverless',
      label: 'timeouts',
      nextStep: 'Split each unit of work into smaller steps, or plan where it goes when it outgrows the time limit.',
    },
    explanation: 'Close to the ceiling, a slow dependency or a larger input tips a run into a timeout.',
    section: 'fit#time-limits',
  },
  {
    id: 'hybrid-exception',
    question: 'location',
    when: (a) => a.location === 'hybrid',
    effect: {
      kind: 'caveat',
      outcome: 'serverless',
      label: 'running it in two places',
      nextStep: 'Name who runs the function framework and its cluster on premises, and cost that work.',
    },
    explanation:
      'One function platform on premises and in the cloud is the single case the article accepts, but on premises you still plan and run every layer.',
    section: 'on-premises-serverless#hybrid',
  },
  {
    id: 'cold-starts-strict',
    question: 'latency',
    when: (a) => a.latency === 'strict' && a.traffic === 'spiky',
    effect: {
      kind: 'caveat',
      outcome: 'serverless',
      label: 'cold starts',
      nextStep: 'Measure cold-start latency and price pre-warmed capacity against your tail-latency budget.',
    },
    explanation:
      'A cold start would break the latency budget, so you need pre-warmed instances (provisioned concurrency or minimum instances), billed while idle.',
    section: 'fit#cold-starts',
  },
  {
    id: 'cold-starts-interactive',
    question: 'latency',
    when: (a) => a.latency === 'interactive' && a.traffic === 'spiky',
    effect: {
      kind: 'caveat',
      outcome: 'serverless',
      label: 'cold starts',
      nextStep: 'Keep initialisation code and packages small, and measure first-request latency after idle spells.',
    },
    explanation: 'After idle spells the first requests wait for a new instance, and users will notice now and then.',
    section: 'fit#cold-starts',
  },
  {
    id: 'warm-capacity-cost',
    question: 'latency',
    when: (a) => a.latency === 'strict' && a.traffic === 'spiky' && wantsCost(a),
    effect: {
      kind: 'caveat',
      outcome: 'serverless',
      label: 'paying for warm capacity',
      nextStep: 'Check that the bill, pre-warmed capacity included, still beats an always-on alternative.',
    },
    explanation: 'Pre-warmed capacity is billed while it waits, which eats into the saving you are after.',
    section: 'goals#cost',
  },
  {
    id: 'cost-at-baseline',
    question: 'traffic',
    when: (a) => a.traffic === 'variable' && wantsCost(a),
    effect: {
      kind: 'caveat',
      outcome: 'serverless',
      label: 'cost at a steady baseline',
      nextStep: 'Compare the monthly bill at your baseline load with a small always-on managed container.',
    },
    explanation: 'The load never drops to zero, so paying per invocation can cost more than a small always-on service.',
    section: 'goals#cost',
  },
  {
    id: 'hybrid-managed',
    question: 'location',
    when: (a) => a.location === 'hybrid',
    effect: {
      kind: 'caveat',
      outcome: 'managed',
      label: 'a provider-run platform on premises',
      nextStep: 'Check which managed container platforms your provider can run on premises as well as in the cloud.',
    },
    explanation:
      'In two places, managed means a provider’s hybrid offering or a container platform both sites run, without a function framework on top.',
    section: 'on-premises-serverless#strip-a-layer',
  },
  {
    id: 'hybrid-servers',
    question: 'location',
    when: (a) => a.location === 'hybrid',
    effect: {
      kind: 'caveat',
      outcome: 'servers',
      label: 'running it in two places',
      nextStep: 'Run the same container images in both places and keep the function framework out: one layer less to operate.',
    },
    explanation: 'You will operate the same stack in two places; leaving out a function framework keeps that to one layer less.',
    section: 'on-premises-serverless#strip-a-layer',
  },
  {
    id: 'on-premises-capacity',
    question: 'location',
    when: (a) => a.location === 'on-premises',
    effect: {
      kind: 'caveat',
      outcome: 'servers',
      label: 'you plan and run the capacity',
      nextStep: 'Budget your team’s time for running the servers; if that capacity is missing, plan for it before committing.',
    },
    explanation: 'On premises you pay for the hardware whether it is busy or idle, and your team plans, runs and patches all of it.',
    section: 'on-premises-serverless#hurts-cost',
  },

  // 4. Notes: how an answer was read when it has no effect of its own.
  {
    id: 'goal-operations',
    question: 'goal',
    when: (a) => a.goal === 'operations',
    effect: { kind: 'note' },
    explanation: 'Simpler operations is a goal functions can meet: the provider provisions, patches and scales.',
    section: 'goals#operations',
  },
  {
    id: 'goal-cost',
    question: 'goal',
    when: (a) => a.goal === 'cost',
    effect: { kind: 'note' },
    explanation: 'Lower cost is a goal functions can meet where the workload is often idle: you pay per use.',
    section: 'goals#cost',
  },
  {
    id: 'goal-both',
    question: 'goal',
    when: (a) => a.goal === 'both',
    effect: { kind: 'note' },
    explanation: 'Functions can deliver both goals if the workload fits them; the other answers test that.',
    section: 'goals#choosing',
  },
  {
    id: 'public-cloud',
    question: 'location',
    when: (a) => a.location === 'cloud',
    effect: { kind: 'note' },
    explanation: 'In a public cloud, functions and managed back-end services are both on offer.',
    section: 'goals#faas-vs-baas',
  },
  {
    id: 'per-event',
    question: 'arrival',
    when: (a) => a.arrival === 'per-event',
    effect: { kind: 'note' },
    explanation: 'Work that starts with each event, carrying its own data, is what functions are built for.',
    section: 'fit#business-events',
  },
  {
    id: 'short-runs',
    question: 'duration',
    when: (a) => a.duration === 'short',
    effect: { kind: 'note' },
    explanation: 'Each unit finishes in seconds, far from any platform time limit.',
    section: 'fit#limits',
  },
  {
    id: 'stateless',
    question: 'state',
    when: (a) => a.state === 'stateless',
    effect: { kind: 'note' },
    explanation: 'Nothing has to survive between invocations, which is what functions assume.',
    section: 'fit#state-limits',
  },
  {
    id: 'managed-data',
    question: 'state',
    when: (a) => a.state === 'managed-data',
    effect: { kind: 'note' },
    explanation: 'State lives in a managed service that scales with demand, which keeps the serverless benefits.',
    section: 'database-dependency#managed-data',
  },
  {
    id: 'spiky-load',
    question: 'traffic',
    when: (a) => a.traffic === 'spiky',
    effect: { kind: 'note' },
    explanation: 'Idle time costs nothing with functions, so a spiky load is where they save the most.',
    section: 'fit#good-fits',
  },
  {
    id: 'latency-tolerant',
    question: 'latency',
    when: (a) => a.latency === 'tolerant',
    effect: { kind: 'note' },
    explanation: 'Nobody waits on this work, so cold starts do not matter.',
    section: 'fit#cold-starts',
  },
  {
    id: 'hybrid-operators',
    question: 'team',
    when: (a) => a.location === 'hybrid' && (a.team === 'some' || a.team === 'platform'),
    effect: { kind: 'note' },
    explanation: 'Your team can run the on-premises layers that one architecture in two places requires.',
    section: 'on-premises-serverless#layers',
  },
];

/** Answers that point at an antipattern; each raises a warning with a link. */
export const WARNING_RULES: readonly WarningRule[] = [
  {
    id: 'batch-on-a-timer',
    question: 'arrival',
    when: (a) => a.arrival === 'timer-batches',
    message:
      'Functions that wake on a schedule to work through what piled up meanwhile wait for the clock instead of the event, and each run grows with the backlog.',
    section: 'batch-jobs-on-a-timer#symptoms',
  },
  {
    id: 'batch-timeouts',
    question: 'duration',
    when: (a) => a.duration === 'near-limit' || (a.arrival === 'timer-batches' && a.duration === 'beyond-limit'),
    message: 'Work that runs close to the time limit will cross it as the input grows; the run is cut off and has to be retried or repaired.',
    section: 'batch-jobs-on-a-timer#timeouts',
  },
  {
    id: 'own-data-layer',
    question: 'state',
    when: (a) => a.state === 'own-data-layer',
    message:
      'Functions in front of a data layer you build and run, such as a connection-pool service, keep the fixed costs and on-call work that serverless was supposed to remove.',
    section: 'database-dependency#own-data-layer',
  },
  {
    id: 'on-premises-faas',
    question: 'location',
    when: (a) => a.location === 'on-premises',
    message:
      'A function framework on premises sits on an orchestrator, containers and an operating system that your team runs, on hardware you pay for whether it is busy or not.',
    section: 'on-premises-serverless#summary',
  },
  {
    id: 'hybrid-layers',
    question: 'location',
    when: (a) => a.location === 'hybrid',
    message:
      'Running one architecture in two places is the one accepted reason for functions on premises, and it still means your team runs every layer there.',
    section: 'on-premises-serverless#hybrid',
  },
];
