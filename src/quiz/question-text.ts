/**
 * The words of the quiz's questions (questions.ts holds ids and codes): the
 * question as asked, help shown on demand, each option's label and hint,
 * and the guide sections each answer relates to. The type below makes a
 * missing question or option a compile error.
 */
import { UNSURE, type ConcreteValue, type QuestionId } from './questions.ts';
import type { SectionRef } from './sections.ts';
import { factDisplay } from '../content/fact-display.ts';
// Platform figures come from the facts registry (content/facts/), never typed
// here. Default imports with the JSON attribute: Node (unit and browser
// tests import this module) has no named exports for JSON modules. The
// bundle carries each fact whole, about 1 KB gzipped per ten facts; it is
// loaded after startup (the quiz engine and the personal result load on demand).
import lambdaTimeoutFact from '../../content/facts/aws-lambda-timeout-max.json' with { type: 'json' };
import azureTimeoutFact from '../../content/facts/azure-functions-timeout-consumption.json' with { type: 'json' };
import cloudRunTimeoutFact from '../../content/facts/google-cloud-run-functions-timeout-event.json' with { type: 'json' };
import lambdaMemoryFact from '../../content/facts/aws-lambda-memory-max.json' with { type: 'json' };
import azureMemoryFact from '../../content/facts/azure-functions-flex-consumption-memory-max.json' with { type: 'json' };
import cloudRunMemoryFact from '../../content/facts/google-cloud-run-functions-memory-max.json' with { type: 'json' };
import lambdaPackageFact from '../../content/facts/aws-lambda-deployment-package-max.json' with { type: 'json' };
import lambdaImageFact from '../../content/facts/aws-lambda-container-image-max.json' with { type: 'json' };
import lambdaSyncFact from '../../content/facts/aws-lambda-payload-sync.json' with { type: 'json' };
import lambdaAsyncFact from '../../content/facts/aws-lambda-payload-async.json' with { type: 'json' };
import azureRequestFact from '../../content/facts/azure-functions-flex-consumption-request-size-max.json' with { type: 'json' };
import cloudRunRequestFact from '../../content/facts/google-cloud-run-functions-request-size-max.json' with { type: 'json' };
import cloudRunEventFact from '../../content/facts/google-cloud-run-functions-event-size-max.json' with { type: 'json' };

/** A fact's displayed figure; only `value` and `unit` are read. */
const figure = (fact: Parameters<typeof factDisplay>[0]): string => factDisplay({ value: fact.value, unit: fact.unit });

const LAMBDA_MAX = figure(lambdaTimeoutFact);
const AZURE_CONSUMPTION_MAX = figure(azureTimeoutFact);
const CLOUD_RUN_EVENT_MAX = figure(cloudRunTimeoutFact);
const LAMBDA_MEMORY = figure(lambdaMemoryFact);
const AZURE_MEMORY = figure(azureMemoryFact);
const CLOUD_RUN_MEMORY = figure(cloudRunMemoryFact);
const LAMBDA_PACKAGE = figure(lambdaPackageFact);
const LAMBDA_IMAGE = figure(lambdaImageFact);
const LAMBDA_SYNC = figure(lambdaSyncFact);
const LAMBDA_ASYNC = figure(lambdaAsyncFact);
const AZURE_REQUEST = figure(azureRequestFact);
const CLOUD_RUN_REQUEST = figure(cloudRunRequestFact);
const CLOUD_RUN_EVENT = figure(cloudRunEventFact);

export interface OptionText {
  readonly label: string;
  /** Optional one-line clarification shown under the label. */
  readonly hint?: string;
  /** Guide sections this answer relates to (the first one backs a trace line with no rule). */
  readonly sections: readonly SectionRef[];
}

export interface QuestionText<Q extends QuestionId = QuestionId> {
  /** The question as asked. */
  readonly text: string;
  /** Plain guidance shown on demand. */
  readonly help: string;
  readonly options: { readonly [V in ConcreteValue<Q>]: OptionText };
}

export const QUESTION_TEXT: { readonly [Q in QuestionId]: QuestionText<Q> } = {
  goal: {
    text: 'What do you want serverless to give you for this workload?',
    help:
      'Serverless earns its keep in two ways: the provider runs and scales the platform so your team can focus on the business logic, and you pay for work done rather than for idle capacity. Pick the one you would measure success by. If neither is the real reason, for example a mandate, a trend or habit, say so: the quiz then checks what to run instead.',
    options: {
      operations: { label: 'Simpler operations', hint: 'Someone else provisions, patches and scales.', sections: ['goals#operations'] },
      cost: { label: 'Lower cost', hint: 'Pay for use, not for idle capacity.', sections: ['goals#cost'] },
      both: { label: 'Both', sections: ['goals#operations', 'goals#cost', 'goals#choosing'] },
      neither: { label: 'Neither, really', hint: 'For example a compliance rule, a mandate or habit.', sections: ['goals#neither'] },
    },
  },
  location: {
    text: 'Where does this workload have to run?',
    help:
      'Functions and managed services are products of the public cloud. On premises, a function platform is software you install and run yourself, on top of a container orchestrator, containers and an operating system. Choose "both" only if the same application must run in both places with one architecture.',
    options: {
      cloud: { label: 'In a public cloud', sections: ['goals#faas-vs-baas'] },
      'on-premises': { label: 'On premises only', hint: 'Our own data centre or hardware we operate.', sections: ['on-premises-serverless#summary', 'on-premises-serverless#layers'] },
      hybrid: { label: 'Both, with one architecture', hint: 'The same application on premises and in the cloud.', sections: ['on-premises-serverless#hybrid'] },
    },
  },
  hardware: {
    text: 'Does it need hardware or a system that functions lack?',
    help:
      `Functions come in fixed sizes on an operating system the provider chooses: at most ${LAMBDA_MEMORY} of memory on AWS Lambda, ${AZURE_MEMORY} per instance on Azure Functions Flex Consumption and ${CLOUD_RUN_MEMORY} on Cloud Run functions. Code is capped too (on Lambda ${LAMBDA_PACKAGE} unzipped, or ${LAMBDA_IMAGE} as a container image), and local disk is scratch space that can vanish between runs. GPUs, more than these sizes, a custom kernel or a disk that must outlast a run point to containers, batch services or machines you choose.`,
    options: {
      standard: { label: 'No, ordinary CPU and memory', sections: ['fit#size-limits'] },
      accelerator: { label: 'GPUs or other accelerators', hint: 'Model inference, training, video encoding.', sections: ['fit#servers', 'fit#managed'] },
      large: { label: 'More memory, CPU or code than functions allow', sections: ['fit#size-limits', 'fit#managed'] },
      system: { label: 'A custom OS or kernel, or lasting local disk', sections: ['fit#servers'] },
    },
  },
  arrival: {
    text: 'How does work reach this workload?',
    help:
      'Functions are built to react: each event starts a small piece of work and carries the data it needs. Collecting work and processing it on a schedule makes each run grow with the backlog, which is the first antipattern. Work that never stops, such as a stream consumer or an always-on service, does not map onto invocations at all.',
    options: {
      'per-event': { label: 'Per event', hint: 'Each request, message or uploaded file triggers its own piece of work.', sections: ['fit#business-events', 'batch-jobs-on-a-timer#per-event'] },
      'timer-batches': { label: 'In batches on a timer', hint: 'Work piles up, then a scheduled job processes it.', sections: ['batch-jobs-on-a-timer#symptoms', 'batch-jobs-on-a-timer#scheduled-ok'] },
      continuous: { label: 'Continuously', hint: 'A stream consumer or an always-on service.', sections: ['fit#time-limits'] },
    },
  },
  duration: {
    text: 'How long does one unit of work take, compared with the time limits of function platforms?',
    help:
      `Most function platforms stop an invocation after a fixed time, and the ceiling depends on the product and plan: ${LAMBDA_MAX} on AWS Lambda, ${AZURE_CONSUMPTION_MAX} on the Azure Functions Consumption plan and ${CLOUD_RUN_EVENT_MAX} for event-driven Cloud Run functions. (Azure's Flex Consumption, Premium and Dedicated plans enforce no maximum, but an HTTP response still has to come back in time.) Think of the slowest realistic case, not the average: a batch that grows with its backlog grows towards the limit.`,
    options: {
      short: { label: 'Seconds, well within the limits', sections: ['fit#limits'] },
      'near-limit': { label: 'Minutes, close to the limits', hint: `Approaching ${LAMBDA_MAX} (Lambda), ${AZURE_CONSUMPTION_MAX} (Azure Consumption) or ${CLOUD_RUN_EVENT_MAX} (Cloud Run events).`, sections: ['fit#time-limits', 'batch-jobs-on-a-timer#timeouts'] },
      'beyond-limit': { label: 'Longer, or no upper bound', sections: ['fit#time-limits'] },
    },
  },
  workflow: {
    text: 'What shape does one piece of work take?',
    help:
      'A function should do one step and hand on. When one function calls the next and waits for it, both are billed for the wait and a failure anywhere fails the whole chain. A workflow that waits for hours, retries or needs a person to approve belongs in an orchestration service, which each major cloud offers.',
    options: {
      single: { label: 'One step per event', sections: ['fit#business-events'] },
      chain: { label: 'Steps that call and wait on each other', sections: ['synchronous-function-chains#summary', 'synchronous-function-chains#queue'] },
      long: { label: 'A long workflow', hint: 'Waits, retries or a human approval.', sections: ['hand-built-orchestration#summary', 'hand-built-orchestration#instead'] },
      'fan-out': { label: 'Fan-out and fan-in', hint: 'Many parallel parts, then one result.', sections: ['unbounded-concurrency#outruns'] },
    },
  },
  payload: {
    text: 'How much data does one event or request carry?',
    help:
      `Each platform caps what one invocation can carry: on AWS Lambda ${LAMBDA_SYNC} for a synchronous call and ${LAMBDA_ASYNC} for an asynchronous one; on Azure Functions ${AZURE_REQUEST} per HTTP request; on Cloud Run functions ${CLOUD_RUN_REQUEST} per HTTP request and ${CLOUD_RUN_EVENT} per Eventarc event. Queues and event buses have caps of their own. Count the largest realistic file or body, not the typical one.`,
    options: {
      small: { label: 'Small messages', hint: 'Well inside those limits.', sections: ['fit#size-limits'] },
      large: { label: 'Large files or bodies', hint: 'Close to the limits or beyond them.', sections: ['fit#size-limits'] },
    },
  },
  state: {
    text: 'Where does the state this workload depends on live?',
    help:
      'Functions keep nothing between invocations, so any state lives somewhere else. A managed data service that scales with demand keeps the serverless benefits. If you would have to build and run a data layer yourself, such as a connection-pool service in front of your database, you are back to the fixed costs and operations you wanted to avoid.',
    options: {
      stateless: { label: 'None, or only within a request', sections: ['fit#state-limits'] },
      'managed-data': { label: 'In a managed data service', hint: 'Object storage, a managed database that scales elastically, managed pub/sub.', sections: ['database-dependency#managed-data'] },
      'own-data-layer': { label: 'In a data layer we would build and run', hint: 'For example a connection-pool service in front of our database.', sections: ['database-dependency#own-data-layer'] },
    },
  },
  downstream: {
    text: 'Does each unit of work call something with a fixed capacity?',
    help:
      'Functions scale out by running more copies at once. A relational database with a connection limit, a legacy system or a rate-limited API does not scale with them: a burst of events becomes a burst of connections or calls that it refuses, and the retries make it worse.',
    options: {
      elastic: { label: 'No, only services that scale with us', hint: 'Managed queues, object storage, databases billed per request.', sections: ['unbounded-concurrency#elastic'] },
      fixed: { label: 'Yes, something with a fixed limit', hint: 'A relational database, a legacy system or a rate-limited API.', sections: ['unbounded-concurrency#summary', 'unbounded-concurrency#queue-and-cap'] },
    },
  },
  loops: {
    text: 'Does the workload write to the place that triggers it?',
    help:
      'A function triggered by a bucket, queue, topic or table that it also writes to can trigger itself, again and again, and every round is billed. Providers stop some of these loops for some services, not all of them. Count indirect paths too: a write that reaches the trigger through another service.',
    options: {
      separate: { label: 'No, it writes somewhere else', sections: ['recursive-invocation-loops#separate-outputs'] },
      same: { label: 'Yes, or it might', hint: 'For example it writes a processed file back into the bucket that triggers it.', sections: ['recursive-invocation-loops#summary', 'recursive-invocation-loops#separate-outputs'] },
    },
  },
  traffic: {
    text: 'What does the load look like over a typical day or week?',
    help:
      'Paying per invocation is cheapest when the workload is idle much of the time, because idle time costs nothing. When the load never drops, always-on capacity is often cheaper per unit of work, and a managed platform gives the same hands-off scaling.',
    options: {
      spiky: { label: 'Spiky, or idle most of the time', sections: ['fit#good-fits', 'goals#cost'] },
      variable: { label: 'Variable, but never idle', sections: ['goals#cost'] },
      'steady-high': { label: 'Steady and high around the clock', sections: ['goals#cost', 'fit#outgrown'] },
    },
  },
  latency: {
    text: 'How much does response time matter to whoever waits for this work?',
    help:
      'A new function instance has to start its runtime and run your initialisation code before it can serve, which adds latency to the first request it handles. That is invisible for background work, noticeable in interactive use, and a problem when you promise a tight tail latency. Keeping instances warm is possible, but you pay for it while they wait.',
    options: {
      tolerant: { label: 'Seconds are fine', hint: 'Background or asynchronous work.', sections: ['fit#cold-starts'] },
      interactive: { label: 'Interactive', hint: 'A few hundred milliseconds matter; an occasional slow start is acceptable.', sections: ['fit#cold-starts', 'cold-starts-on-critical-paths#summary'] },
      strict: { label: 'Strict', hint: 'A tail-latency budget that a cold start would break.', sections: ['fit#cold-starts', 'cold-starts-on-critical-paths#why-it-hurts'] },
    },
  },
  portability: {
    text: 'Must this workload move between providers, or run on several?',
    help:
      'Functions tie you to a provider through their triggers, permissions and the managed services around them more than through the code. Portability can be bought with containers, open event formats or an abstraction layer, but it costs effort and gives up some of what made functions attractive. Answer yes only for a real requirement, not a vague wish.',
    options: {
      'one-provider': { label: 'No, one provider is fine', hint: 'We accept its services and would price a move if it came.', sections: ['vendor-lock-in#decide'] },
      portable: { label: 'Yes, it must be portable', hint: 'Several clouds, or a cloud and our own data centre.', sections: ['vendor-lock-in#summary', 'vendor-lock-in#thin-seams'] },
    },
  },
  team: {
    text: 'How much capacity does your team have to run infrastructure?',
    help:
      'Running servers means patching, scaling, capacity planning and being on call for all of it. Be honest about the time your team has for that next to building the product. A platform team that already runs such systems well changes the picture.',
    options: {
      little: { label: 'Little or none', sections: ['fit#managed'] },
      some: { label: 'Some', sections: ['fit#managed', 'fit#servers'] },
      platform: { label: 'A platform team that already runs it well', sections: ['fit#servers'] },
    },
  },
};

/** The words of "Not sure", the same on every question. */
export const UNSURE_TEXT: OptionText = {
  // No hint: it would cost every question a line on a phone; the quiz's introduction explains it.
  label: 'Not sure',
  sections: [],
};

/** The words of one option, or undefined for a value the question does not have. */
export function optionText(question: QuestionId, value: string): OptionText | undefined {
  if (value === UNSURE) return UNSURE_TEXT;
  const options: { readonly [value: string]: OptionText } = QUESTION_TEXT[question].options;
  return Object.hasOwn(options, value) ? options[value] : undefined;
}

/** Label of an answer, for display; falls back to the raw value id. */
export function answerLabel(question: QuestionId, value: string): string {
  return optionText(question, value)?.label ?? value;
}

/** What the quiz island shows, passed to it as server-rendered props (no sections). */
export type QuizWords = {
  readonly [Q in QuestionId]: { readonly text: string; readonly help: string; readonly options: { readonly [value: string]: { readonly label: string; readonly hint?: string } } };
};

export function quizWords(): QuizWords {
  const words: Record<string, QuizWords[QuestionId]> = {};
  for (const [id, q] of Object.entries(QUESTION_TEXT) as [QuestionId, QuestionText][]) {
    const options: Record<string, { label: string; hint?: string }> = {};
    for (const [value, o] of [...Object.entries(q.options), [UNSURE, UNSURE_TEXT]] as [string, OptionText][]) {
      options[value] = o.hint === undefined ? { label: o.label } : { label: o.label, hint: o.hint };
    }
    words[id] = { text: q.text, help: q.help, options };
  }
  return words as QuizWords;
}
