/**
 * The quiz's questions as typed data: wording, on-demand help, options, the
 * short codes used in URLs, and the article sections each option relates to.
 *
 * Why data and not components: the machine, the rules, the URL codec, the
 * map page and the ADR export all read the same definitions, so the words
 * and codes cannot drift apart. URL codes are part of the linking contract:
 * never reuse or change a code, add new ones instead (and bump the codec
 * version if a meaning changes).
 */
import type { SectionRef } from './sections.ts';

export interface AnswerOption {
  /** Stable value id, used in code and in the machine's events. */
  readonly value: string;
  /** One character used in the URL; unique within its question. */
  readonly code: string;
  readonly label: string;
  /** Optional one-line clarification shown under the label. */
  readonly hint?: string;
  /** Guide sections this answer relates to. */
  readonly sections: readonly SectionRef[];
}

export interface QuestionDef {
  readonly id: string;
  /** One character used in the URL; unique across questions. */
  readonly code: string;
  /** Short title for review lists, the map and the ADR. */
  readonly title: string;
  /** The question as asked. */
  readonly text: string;
  /** Plain guidance shown on demand. */
  readonly help: string;
  readonly options: readonly AnswerOption[];
}

const DEFS = {
  goal: {
    id: 'goal',
    code: 'g',
    title: 'Goal',
    text: 'What do you want serverless to give you for this workload?',
    help:
      'Serverless earns its keep in two ways: the provider runs and scales the platform so your team can focus on the business logic, and you pay for work done rather than for idle capacity. Pick the one you would measure success by. If neither is the real reason, for example a mandate, a trend or habit, say so: the quiz then checks what to run instead.',
    options: [
      { value: 'operations', code: 'o', label: 'Simpler operations', hint: 'Someone else provisions, patches and scales.', sections: ['goals#operations'] },
      { value: 'cost', code: 'c', label: 'Lower cost', hint: 'Pay for use, not for idle capacity.', sections: ['goals#cost'] },
      { value: 'both', code: 'b', label: 'Both', sections: ['goals#operations', 'goals#cost', 'goals#choosing'] },
      { value: 'neither', code: 'n', label: 'Neither, really', hint: 'For example a compliance rule, a mandate or habit.', sections: ['goals#neither'] },
    ],
  },
  location: {
    id: 'location',
    code: 'l',
    title: 'Where it runs',
    text: 'Where does this workload have to run?',
    help:
      'Functions and managed services are products of the public cloud. On premises, a function platform is software you install and run yourself, on top of a container orchestrator, containers and an operating system. Choose "both" only if the same application must run in both places with one architecture.',
    options: [
      { value: 'cloud', code: 'c', label: 'In a public cloud', sections: ['goals#faas-vs-baas'] },
      { value: 'on-premises', code: 'p', label: 'On premises only', hint: 'Our own data centre or hardware we operate.', sections: ['on-premises-serverless#summary', 'on-premises-serverless#layers'] },
      { value: 'hybrid', code: 'b', label: 'Both, with one architecture', hint: 'The same application on premises and in the cloud.', sections: ['on-premises-serverless#hybrid'] },
    ],
  },
  arrival: {
    id: 'arrival',
    code: 'a',
    title: 'How work arrives',
    text: 'How does work reach this workload?',
    help:
      'Functions are built to react: each event starts a small piece of work and carries the data it needs. Collecting work and processing it on a schedule makes each run grow with the backlog, which is the first antipattern. Work that never stops, such as a stream consumer or an always-on service, does not map onto invocations at all.',
    options: [
      { value: 'per-event', code: 'e', label: 'Per event', hint: 'Each request, message or uploaded file triggers its own piece of work.', sections: ['fit#business-events', 'batch-jobs-on-a-timer#per-event'] },
      { value: 'timer-batches', code: 't', label: 'In batches on a timer', hint: 'Work piles up, then a scheduled job processes it.', sections: ['batch-jobs-on-a-timer#symptoms', 'batch-jobs-on-a-timer#scheduled-ok'] },
      { value: 'continuous', code: 'c', label: 'Continuously', hint: 'A stream consumer or an always-on service.', sections: ['fit#time-limits'] },
    ],
  },
  duration: {
    id: 'duration',
    code: 'd',
    title: 'How long one unit runs',
    text: 'How long does one unit of work take, compared with the time limits of function platforms?',
    help:
      'Every function platform stops an invocation after a fixed time. At the time of writing the ceilings are 15 minutes on AWS Lambda, 10 minutes on the Azure Functions Consumption plan and 9 minutes for event-driven Cloud Run functions. Think of the slowest realistic case, not the average: a batch that grows with its backlog grows towards the limit.',
    options: [
      { value: 'short', code: 's', label: 'Seconds, well within the limits', sections: ['fit#limits'] },
      { value: 'near-limit', code: 'n', label: 'Minutes, close to the limits', hint: 'Approaching 15 min (Lambda), 10 min (Azure Consumption) or 9 min (Cloud Run events).', sections: ['fit#time-limits', 'batch-jobs-on-a-timer#timeouts'] },
      { value: 'beyond-limit', code: 'b', label: 'Longer, or no upper bound', sections: ['fit#time-limits'] },
    ],
  },
  state: {
    id: 'state',
    code: 's',
    title: 'Where state lives',
    text: 'Where does the state this workload depends on live?',
    help:
      'Functions keep nothing between invocations, so any state lives somewhere else. A managed data service that scales with demand keeps the serverless benefits. If you would have to build and run a data layer yourself, such as a connection-pool service in front of your database, you are back to the fixed costs and operations you wanted to avoid.',
    options: [
      { value: 'stateless', code: 'n', label: 'None, or only within a request', sections: ['fit#state-limits'] },
      { value: 'managed-data', code: 'm', label: 'In a managed data service', hint: 'Object storage, a managed database that scales elastically, managed pub/sub.', sections: ['database-dependency#managed-data'] },
      { value: 'own-data-layer', code: 'o', label: 'In a data layer we would build and run', hint: 'For example a connection-pool service in front of our database.', sections: ['database-dependency#own-data-layer'] },
    ],
  },
  traffic: {
    id: 'traffic',
    code: 't',
    title: 'Traffic shape',
    text: 'What does the load look like over a typical day or week?',
    help:
      'Paying per invocation is cheapest when the workload is idle much of the time, because idle time costs nothing. When the load never drops, always-on capacity is often cheaper per unit of work, and a managed platform gives the same hands-off scaling.',
    options: [
      { value: 'spiky', code: 's', label: 'Spiky, or idle most of the time', sections: ['fit#good-fits', 'goals#cost'] },
      { value: 'variable', code: 'v', label: 'Variable, but never idle', sections: ['goals#cost'] },
      { value: 'steady-high', code: 'h', label: 'Steady and high around the clock', sections: ['goals#cost', 'fit#outgrown'] },
    ],
  },
  latency: {
    id: 'latency',
    code: 'r',
    title: 'Response time',
    text: 'How much does response time matter to whoever waits for this work?',
    help:
      'A new function instance has to start its runtime and run your initialisation code before it can serve, which adds latency to the first request it handles. That is invisible for background work, noticeable in interactive use, and a problem when you promise a tight tail latency. Keeping instances warm is possible, but you pay for it while they wait.',
    options: [
      { value: 'tolerant', code: 't', label: 'Seconds are fine', hint: 'Background or asynchronous work.', sections: ['fit#cold-starts'] },
      { value: 'interactive', code: 'i', label: 'Interactive', hint: 'A few hundred milliseconds matter; an occasional slow start is acceptable.', sections: ['fit#cold-starts'] },
      { value: 'strict', code: 's', label: 'Strict', hint: 'A tail-latency budget that a cold start would break.', sections: ['fit#cold-starts'] },
    ],
  },
  team: {
    id: 'team',
    code: 'o',
    title: 'Team capacity',
    text: 'How much capacity does your team have to run infrastructure?',
    help:
      'Running servers means patching, scaling, capacity planning and being on call for all of it. Be honest about the time your team has for that next to building the product. A platform team that already runs such systems well changes the picture.',
    options: [
      { value: 'little', code: 'l', label: 'Little or none', sections: ['fit#managed'] },
      { value: 'some', code: 's', label: 'Some', sections: ['fit#managed', 'fit#servers'] },
      { value: 'platform', code: 'p', label: 'A platform team that already runs it well', sections: ['fit#servers'] },
    ],
  },
} as const satisfies Record<string, QuestionDef>;

export type QuestionId = keyof typeof DEFS;

/** The answer values each question accepts, as literal types. */
export type AnswerValue<Q extends QuestionId = QuestionId> = (typeof DEFS)[Q]['options'][number]['value'];

/** Answers given so far; a question may be absent (not asked yet, or skipped). */
export type Answers = { readonly [Q in QuestionId]?: AnswerValue<Q> };

export const QUESTIONS: { readonly [Q in QuestionId]: QuestionDef & { readonly id: Q } } = DEFS;

/** Every question id, in the order the quiz asks them. */
export const QUESTION_ORDER = [
  'goal',
  'location',
  'arrival',
  'duration',
  'state',
  'traffic',
  'latency',
  'team',
] as const satisfies readonly QuestionId[];

export function isQuestionId(value: string): value is QuestionId {
  return Object.hasOwn(DEFS, value);
}

export function getOption(question: QuestionId, value: string): AnswerOption | undefined {
  return QUESTIONS[question].options.find((option) => option.value === value);
}

/** Narrows a plain string (from an event or a URL) to a valid answer. */
export function isAnswerValue<Q extends QuestionId>(question: Q, value: string): value is AnswerValue<Q> {
  return getOption(question, value) !== undefined;
}

/** Label of an answer, for display; falls back to the raw value id. */
export function answerLabel(question: QuestionId, value: string): string {
  return getOption(question, value)?.label ?? value;
}

/** Sets an answer given as a plain string; invalid values leave `answers` unchanged. */
export function setAnswer(answers: Answers, question: QuestionId, value: string): Answers {
  if (!isAnswerValue(question, value)) return answers;
  return { ...answers, [question]: value };
}
