/**
 * Named platforms for each recommendation, per provider: which product
 * runs the workload on AWS, Azure, Google Cloud or your own hardware, and
 * which limits of it matter. Limits are facts-registry ids (one home per
 * figure); this file only says which fact belongs to which option and topic.
 * Framework-free: the result pages render it at build time, and the quiz's
 * result view can import it to show only the limits the answers touch.
 *
 * No vendor preference: providers are listed in a fixed order (AWS, Azure,
 * Google Cloud, self-hosted) and every provider gets the same kinds.
 */
import type { OutcomeId } from '../quiz/outcomes.ts';

export type ProviderId = 'aws' | 'azure' | 'google-cloud' | 'self-hosted';
export const PROVIDER_ORDER: readonly ProviderId[] = ['aws', 'azure', 'google-cloud', 'self-hosted'];
export const PROVIDER_NAME: { readonly [P in ProviderId]: string } = {
  aws: 'AWS',
  azure: 'Microsoft Azure',
  'google-cloud': 'Google Cloud',
  'self-hosted': 'Self-hosted',
};

/** What kind of platform an option is. */
export type PlatformKind = 'functions' | 'containers' | 'batch' | 'vms' | 'kubernetes';
export const KIND_NAME: { readonly [K in PlatformKind]: string } = {
  functions: 'Functions',
  containers: 'Managed containers and platforms',
  batch: 'Managed batch',
  vms: 'Virtual machines',
  kubernetes: 'Kubernetes you run',
};

/** The limit a fact describes. */
export type LimitTopic = 'timeout' | 'memory' | 'payload' | 'gpu' | 'status';

/**
 * What the answers say about the workload, as flags the lead maps quiz
 * answers to (for example duration 'beyond-limit' → 'long-running',
 * a hardware answer naming GPUs → 'needs-gpu'). No flags: show every limit.
 */
export type PlatformFlag = 'needs-gpu' | 'long-running' | 'large-payload' | 'high-memory';
export const FLAG_TOPIC: { readonly [F in PlatformFlag]: LimitTopic } = {
  'needs-gpu': 'gpu',
  'long-running': 'timeout',
  'large-payload': 'payload',
  'high-memory': 'memory',
};

export interface LimitRef {
  topic: LimitTopic;
  /** Facts registry id (content/facts/<id>.json). */
  fact: string;
  /** Short label when the topic's default label would be ambiguous (e.g. two timeouts). */
  label?: string;
}

/** How a limit is labelled when it has no label of its own. */
export const TOPIC_LABEL: { readonly [T in LimitTopic]: string } = {
  timeout: 'Longest run',
  memory: 'Most memory',
  payload: 'Largest request',
  gpu: 'GPU',
  status: 'Status',
};

/** Figures read best as the value; statements (GPU, status) as the fact's sentence. */
export const SHOW_AS: { readonly [T in LimitTopic]: 'value' | 'claim' } = {
  timeout: 'value',
  memory: 'value',
  payload: 'value',
  gpu: 'claim',
  status: 'claim',
};

export const limitLabel = (l: LimitRef): string => l.label ?? TOPIC_LABEL[l.topic];

export interface PlatformOption {
  id: string;
  provider: ProviderId;
  kind: PlatformKind;
  name: string;
  /** One sentence, the guide's own words. */
  summary: string;
  limits: readonly LimitRef[];
  /** True where the limits are those of the machines you pick (VMs, your own hardware). */
  openLimits?: boolean;
}

export const PLATFORMS: readonly PlatformOption[] = [
  // Functions
  {
    id: 'aws-lambda',
    provider: 'aws',
    kind: 'functions',
    name: 'AWS Lambda',
    summary: 'Runs a handler per event and bills requests plus GB-seconds; memory buys CPU.',
    limits: [
      { topic: 'timeout', fact: 'aws-lambda-timeout-max' },
      { topic: 'memory', fact: 'aws-lambda-memory-max' },
      { topic: 'payload', fact: 'aws-lambda-payload-sync', label: 'Largest synchronous payload' },
      { topic: 'payload', fact: 'aws-lambda-payload-async', label: 'Largest asynchronous payload' },
    ],
  },
  {
    id: 'azure-functions-flex',
    provider: 'azure',
    kind: 'functions',
    name: 'Azure Functions, Flex Consumption plan',
    summary: 'Event-driven functions that scale out per instance; you pick the instance memory size.',
    limits: [
      { topic: 'timeout', fact: 'azure-functions-timeout-flex-consumption' },
      { topic: 'timeout', fact: 'azure-functions-http-response-max', label: 'HTTP response within' },
      { topic: 'memory', fact: 'azure-functions-flex-consumption-memory-max' },
      { topic: 'payload', fact: 'azure-functions-flex-consumption-request-size-max' },
    ],
  },
  {
    id: 'google-cloud-run-functions',
    provider: 'google-cloud',
    kind: 'functions',
    name: 'Cloud Run functions',
    summary: 'Functions deployed onto Cloud Run; HTTP and event-driven functions have different time limits.',
    limits: [
      { topic: 'timeout', fact: 'google-cloud-run-functions-timeout-http', label: 'Longest HTTP run' },
      { topic: 'timeout', fact: 'google-cloud-run-functions-timeout-event', label: 'Longest event-driven run' },
    ],
  },
  {
    id: 'self-hosted-faas',
    provider: 'self-hosted',
    kind: 'functions',
    name: 'Knative or OpenFaaS on your Kubernetes',
    summary: 'A functions programming model on a cluster you run: the limits are the ones you configure, and so is the on-call.',
    limits: [],
    openLimits: true,
  },
  // Managed containers and platforms
  {
    id: 'aws-ecs-fargate',
    provider: 'aws',
    kind: 'containers',
    name: 'Amazon ECS (or EKS) on AWS Fargate',
    summary: 'Containers without servers to manage, billed per second for the vCPU and memory a task asks for.',
    limits: [],
  },
  {
    id: 'aws-app-runner',
    provider: 'aws',
    kind: 'containers',
    name: 'AWS App Runner',
    summary: 'A web-service platform from source or image; check its status before choosing it.',
    limits: [{ topic: 'status', fact: 'aws-app-runner-status' }],
  },
  {
    id: 'azure-container-apps',
    provider: 'azure',
    kind: 'containers',
    name: 'Azure Container Apps (apps and jobs)',
    summary: 'Serverless containers that scale to zero, with jobs for run-to-completion work and optional serverless GPUs.',
    limits: [{ topic: 'gpu', fact: 'azure-container-apps-gpu-types' }],
  },
  {
    id: 'google-cloud-run',
    provider: 'google-cloud',
    kind: 'containers',
    name: 'Cloud Run services and jobs',
    summary: 'Containers that scale with requests (services) or run to completion (jobs), billed per vCPU-second and GiB-second.',
    limits: [
      { topic: 'timeout', fact: 'google-cloud-run-request-timeout-max', label: 'Longest request' },
      { topic: 'timeout', fact: 'google-cloud-run-jobs-task-timeout-max', label: 'Longest job task' },
      { topic: 'memory', fact: 'google-cloud-run-jobs-memory-max' },
      { topic: 'gpu', fact: 'google-cloud-run-gpu' },
    ],
  },
  // Managed batch
  {
    id: 'aws-batch',
    provider: 'aws',
    kind: 'batch',
    name: 'AWS Batch',
    summary: 'Queues container jobs and starts the compute (Fargate or EC2) they need, then scales it away.',
    limits: [{ topic: 'gpu', fact: 'aws-batch-gpu' }],
  },
  {
    id: 'azure-batch',
    provider: 'azure',
    kind: 'batch',
    name: 'Azure Batch (or Container Apps jobs)',
    summary: 'Pools of VMs that Azure provisions for a queue of tasks; Container Apps jobs cover lighter run-to-completion work.',
    limits: [{ topic: 'gpu', fact: 'azure-batch-gpu' }],
  },
  {
    id: 'google-cloud-batch',
    provider: 'google-cloud',
    kind: 'batch',
    name: 'Cloud Run jobs (or Google Cloud Batch)',
    summary: 'Cloud Run jobs for containerised tasks; Google Cloud Batch when a job needs chosen VM shapes.',
    limits: [
      { topic: 'timeout', fact: 'google-cloud-run-jobs-task-timeout-max', label: 'Longest job task' },
      { topic: 'gpu', fact: 'google-cloud-run-gpu' },
    ],
  },
  // Virtual machines
  {
    id: 'aws-ec2',
    provider: 'aws',
    kind: 'vms',
    name: 'Amazon EC2',
    summary: 'Virtual machines of the size and hardware you choose; you patch, scale and watch them.',
    limits: [],
    openLimits: true,
  },
  {
    id: 'azure-vms',
    provider: 'azure',
    kind: 'vms',
    name: 'Azure Virtual Machines',
    summary: 'Virtual machines of the size and hardware you choose, GPU sizes included; you patch, scale and watch them.',
    limits: [{ topic: 'gpu', fact: 'azure-batch-gpu' }],
  },
  {
    id: 'google-compute-engine',
    provider: 'google-cloud',
    kind: 'vms',
    name: 'Compute Engine',
    summary: 'Virtual machines of the size and hardware you choose; you patch, scale and watch them.',
    limits: [],
    openLimits: true,
  },
  {
    id: 'self-hosted-servers',
    provider: 'self-hosted',
    kind: 'vms',
    name: 'Your own servers or private cloud',
    summary: 'Hardware you buy or rent: no platform limits, and every failure is yours to handle.',
    limits: [],
    openLimits: true,
  },
  // Kubernetes you run
  {
    id: 'aws-eks',
    provider: 'aws',
    kind: 'kubernetes',
    name: 'Amazon EKS',
    summary: 'AWS runs the control plane; the nodes, upgrades and capacity are yours unless you put pods on Fargate.',
    limits: [],
    openLimits: true,
  },
  {
    id: 'azure-aks',
    provider: 'azure',
    kind: 'kubernetes',
    name: 'Azure Kubernetes Service (AKS)',
    summary: 'Azure runs the control plane; node pools, upgrades and capacity are yours.',
    limits: [],
    openLimits: true,
  },
  {
    id: 'google-gke',
    provider: 'google-cloud',
    kind: 'kubernetes',
    name: 'Google Kubernetes Engine (GKE)',
    summary: 'Google runs the control plane; in Standard mode the nodes and their capacity are yours.',
    limits: [],
    openLimits: true,
  },
  {
    id: 'self-hosted-kubernetes',
    provider: 'self-hosted',
    kind: 'kubernetes',
    name: 'Kubernetes on your own machines',
    summary: 'The whole stack is yours, from hardware to the cluster; Knative or OpenFaaS can add scale-to-zero on top.',
    limits: [],
    openLimits: true,
  },
];

/** Which kinds of platform carry each recommendation, and the one-line reason. */
export const OUTCOME_KINDS: { readonly [O in OutcomeId]: { kinds: readonly PlatformKind[]; note: string } } = {
  serverless: {
    kinds: ['functions'],
    note: 'Functions on any of these fit; where a run or a payload nears a limit below, look at the managed options instead.',
  },
  managed: {
    kinds: ['containers', 'batch'],
    note: 'Managed containers for services and managed batch for queues of jobs; there is no self-hosted equivalent, since running it yourself is the servers option.',
  },
  servers: {
    kinds: ['vms', 'kubernetes'],
    note: 'Machines or clusters your team runs; the providers differ more in price and tooling than in limits.',
  },
};

/** The options for an outcome, grouped by provider in the fixed order. */
export function optionsFor(outcome: OutcomeId): { provider: ProviderId; options: PlatformOption[] }[] {
  const kinds = OUTCOME_KINDS[outcome].kinds;
  return PROVIDER_ORDER.map((provider) => ({
    provider,
    options: PLATFORMS.filter((p) => p.provider === provider && kinds.includes(p.kind)),
  })).filter((g) => g.options.length > 0);
}

/** The limits worth showing for some flags: those of the flagged topics, plus status; all of them with no flags. */
export function relevantLimits(option: PlatformOption, flags: readonly PlatformFlag[] = []): LimitRef[] {
  if (flags.length === 0) return [...option.limits];
  const topics = new Set<LimitTopic>(['status', ...flags.map((f) => FLAG_TOPIC[f])]);
  return option.limits.filter((l) => topics.has(l.topic));
}

/**
 * Where the options of an outcome differ: for each topic that two or more
 * options have a figure for, the option and its fact (values come from the
 * registry when rendered). Statements (GPU, status) are left to the list.
 */
export function differences(outcome: OutcomeId, flags: readonly PlatformFlag[] = []): { topic: LimitTopic; entries: { option: PlatformOption; limit: LimitRef }[] }[] {
  const options = optionsFor(outcome).flatMap((g) => g.options);
  const topics: LimitTopic[] = ['timeout', 'memory', 'payload'];
  return topics
    .filter((t) => flags.length === 0 || flags.some((f) => FLAG_TOPIC[f] === t))
    .map((topic) => ({
      topic,
      entries: options.flatMap((option) => {
        const own = option.limits.filter((l) => l.topic === topic);
        // One figure per option: the first listed, which is the general limit.
        const limit = own[0];
        return limit ? [{ option, limit }] : [];
      }),
    }))
    .filter((d) => new Set(d.entries.map((e) => e.option.provider)).size >= 2);
}

/** Every fact id the catalogue uses (the tests check each exists). */
export function catalogFactIds(): string[] {
  return [...new Set(PLATFORMS.flatMap((p) => p.limits.map((l) => l.fact)))].sort();
}
