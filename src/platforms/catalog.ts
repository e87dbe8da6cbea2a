/**
 * Named platforms for each recommendation, per provider: which product
 * runs the workload on AWS, Azure, Google Cloud or your own hardware, and
 * which of its limits matter. Limits are facts-registry ids (one home per
 * figure); this file only says which fact belongs to which option and topic.
 * Framework-free: the result pages render it at build time (views.ts picks
 * and orders the options, hardware.ts answers "which options meet a need").
 *
 * No vendor preference: providers keep a fixed order (AWS, Azure, Google
 * Cloud, your own hardware) and every cloud provider gets the same kinds.
 * The 2026 list follows issue 22 and docs/spectrum-facts.md.
 */
import type { OutcomeId } from '../quiz/outcomes.ts';
import type { ConcreteValue } from '../quiz/questions.ts';

/** Where the team runs things: one of three public clouds, or its own data centre. */
export type ProviderId = 'aws' | 'azure' | 'google-cloud' | 'own';
export const PROVIDER_ORDER: readonly ProviderId[] = ['aws', 'azure', 'google-cloud', 'own'];
export const CLOUD_PROVIDERS = ['aws', 'azure', 'google-cloud'] as const satisfies readonly ProviderId[];
export const PROVIDER_NAME: { readonly [P in ProviderId]: string } = {
  aws: 'AWS',
  azure: 'Microsoft Azure',
  'google-cloud': 'Google Cloud',
  own: 'Your own data centre',
};

/** What kind of platform an option is. */
export type PlatformKind = 'functions' | 'workflows' | 'containers' | 'batch' | 'vms' | 'kubernetes';
export const KIND_NAME: { readonly [K in PlatformKind]: string } = {
  functions: 'Functions',
  workflows: 'Orchestration',
  containers: 'Managed containers and platforms',
  batch: 'Managed batch',
  vms: 'Virtual machines',
  kubernetes: 'Kubernetes you run',
};

/** The limit or property a fact describes. */
export type LimitTopic = 'timeout' | 'memory' | 'payload' | 'concurrency' | 'scaling' | 'billing' | 'gpu';

export interface LimitRef {
  readonly topic: LimitTopic;
  /** Facts registry id (content/facts/<id>.json). */
  readonly fact: string;
  /** Short label when the topic's default label would be ambiguous (e.g. two timeouts). */
  readonly label?: string;
  /** Overrides the topic's way of showing it (SHOW_AS), e.g. a scaling fact whose figure says enough. */
  readonly show?: 'value' | 'claim';
}

/** How a limit is labelled when it has no label of its own. */
export const TOPIC_LABEL: { readonly [T in LimitTopic]: string } = {
  timeout: 'Longest run',
  memory: 'Most memory',
  payload: 'Largest request',
  concurrency: 'Requests per instance',
  scaling: 'Scaling',
  billing: 'Billing',
  gpu: 'GPU',
};

/**
 * Whether a limit reads as "Label: figure" (the fact's value) or as the
 * fact's whole sentence. A fact without a value is always shown whole.
 */
export const SHOW_AS: { readonly [T in LimitTopic]: 'value' | 'claim' } = {
  timeout: 'value',
  memory: 'value',
  payload: 'value',
  concurrency: 'value',
  scaling: 'claim',
  billing: 'claim',
  gpu: 'claim',
};

export const limitLabel = (l: LimitRef): string => l.label ?? TOPIC_LABEL[l.topic];
export const limitShow = (l: LimitRef): 'value' | 'claim' => l.show ?? SHOW_AS[l.topic];

/**
 * The hardware answers of the quiz that can rule functions out (every
 * option of the hardware question except ordinary CPU and memory). Typed
 * from the quiz's own data, so a new hardware option is a type error here.
 */
export type HardwareNeed = Exclude<ConcreteValue<'hardware'>, 'standard'>;

export interface PlatformOption {
  readonly id: string;
  readonly provider: ProviderId;
  readonly kind: PlatformKind;
  readonly name: string;
  /** One sentence, the guide's own words, no figures (figures are limits). */
  readonly summary: string;
  readonly limits: readonly LimitRef[];
  /** True where the limits are those of the machines you pick (VMs, your own hardware). */
  readonly openLimits?: boolean;
  /** Hardware needs (GPUs, large sizes, own system) the option meets. */
  readonly meets?: readonly HardwareNeed[];
  /**
   * A fact saying the provider has closed the option to new customers. Such
   * an option is never listed as a current choice, only in a note.
   */
  readonly closedToNew?: string;
}

export const PLATFORMS: readonly PlatformOption[] = [
  // Functions
  {
    id: 'aws-lambda',
    provider: 'aws',
    kind: 'functions',
    name: 'AWS Lambda (on-demand)',
    summary: 'A handler per event, one request per environment, billed per request and GB-second; idle costs nothing.',
    limits: [
      { topic: 'timeout', fact: 'aws-lambda-timeout-max' },
      { topic: 'memory', fact: 'aws-lambda-memory-max' },
      { topic: 'payload', fact: 'aws-lambda-payload-sync', label: 'Largest synchronous payload' },
      { topic: 'payload', fact: 'aws-lambda-payload-async', label: 'Largest asynchronous payload' },
      { topic: 'payload', fact: 'aws-lambda-response-streaming-max', label: 'Largest streamed response' },
    ],
  },
  {
    id: 'azure-functions-flex',
    provider: 'azure',
    kind: 'functions',
    name: 'Azure Functions, Flex Consumption plan',
    summary: 'Event-driven functions that scale out per instance, several requests at a time; the plan Microsoft recommends for new serverless apps.',
    limits: [
      { topic: 'timeout', fact: 'azure-functions-timeout-flex-consumption' },
      { topic: 'timeout', fact: 'azure-functions-http-response-max', label: 'HTTP response within' },
      { topic: 'memory', fact: 'azure-functions-flex-consumption-memory-max' },
      { topic: 'payload', fact: 'azure-functions-flex-consumption-request-size-max' },
      { topic: 'concurrency', fact: 'azure-functions-flex-http-concurrency', label: 'HTTP requests per instance' },
      { topic: 'scaling', fact: 'azure-functions-flex-always-ready', label: 'Always-ready instances', show: 'value' },
    ],
  },
  {
    id: 'azure-functions-container-apps',
    provider: 'azure',
    kind: 'functions',
    name: 'Azure Functions on Azure Container Apps',
    summary: 'Functions packaged as a container and hosted by Container Apps, for custom dependencies, scale to zero and GPUs.',
    limits: [{ topic: 'gpu', fact: 'azure-functions-container-apps-hosting' }],
    meets: ['accelerator'],
  },
  {
    id: 'google-cloud-run-functions',
    provider: 'google-cloud',
    kind: 'functions',
    name: 'Cloud Run functions',
    summary: 'Functions deployed onto Cloud Run; one instance can serve many requests once concurrency is raised.',
    limits: [
      { topic: 'timeout', fact: 'google-cloud-run-functions-timeout-http', label: 'Longest HTTP run' },
      { topic: 'timeout', fact: 'google-cloud-run-functions-timeout-event', label: 'Longest event-driven run' },
      { topic: 'memory', fact: 'google-cloud-run-functions-memory-max' },
      { topic: 'payload', fact: 'google-cloud-run-functions-request-size-max' },
      { topic: 'concurrency', fact: 'google-cloud-run-functions-concurrency', label: 'Per instance' },
    ],
  },
  {
    id: 'own-faas',
    provider: 'own',
    kind: 'functions',
    name: 'Knative or OpenFaaS on your Kubernetes',
    summary: 'A functions programming model on a cluster you run: the limits are the ones you configure, and so is the on-call.',
    limits: [],
    openLimits: true,
  },
  // Orchestration: long workflows whose waits cost no compute
  {
    id: 'aws-step-functions',
    provider: 'aws',
    kind: 'workflows',
    name: 'AWS Step Functions, or Lambda durable functions',
    summary: 'A state machine of steps, or a checkpointed function in code; either waits, retries and resumes without a function running meanwhile.',
    limits: [
      { topic: 'timeout', fact: 'aws-step-functions-standard-duration-max', label: 'Longest Standard workflow' },
      { topic: 'timeout', fact: 'aws-lambda-durable-functions', label: 'Longest durable execution' },
      { topic: 'billing', fact: 'aws-step-functions-price-state-transition', label: 'Standard workflows', show: 'value' },
    ],
  },
  {
    id: 'azure-durable-functions',
    provider: 'azure',
    kind: 'workflows',
    name: 'Azure Durable Functions',
    summary: 'Orchestrator functions in code that checkpoint at every await and resume after waits, timers and approvals.',
    limits: [{ topic: 'billing', fact: 'azure-durable-functions-billing' }],
  },
  {
    id: 'google-cloud-workflows',
    provider: 'google-cloud',
    kind: 'workflows',
    name: 'Google Cloud Workflows',
    summary: 'Declared steps that call Cloud Run, functions and APIs, with waits, callbacks and retries held by the service.',
    limits: [
      { topic: 'billing', fact: 'google-cloud-workflows-billing-steps' },
      { topic: 'concurrency', fact: 'google-cloud-workflows-concurrent-executions', label: 'Per region' },
    ],
  },
  // Managed containers and platforms
  {
    id: 'aws-ecs-express-mode',
    provider: 'aws',
    kind: 'containers',
    name: 'Amazon ECS Express Mode (or ECS and EKS on Fargate)',
    summary: 'A web service from an image, load balancer and scaling included; plain Fargate tasks for the rest.',
    limits: [{ topic: 'scaling', fact: 'aws-ecs-express-mode', label: 'Runs on', show: 'value' }],
  },
  {
    id: 'aws-lambda-managed-instances',
    provider: 'aws',
    kind: 'containers',
    name: 'Lambda Managed Instances',
    summary: 'Lambda functions on EC2 instances in your account: many requests per environment, no cold starts, billed while idle.',
    limits: [
      { topic: 'timeout', fact: 'aws-lambda-managed-instances-timeout', label: 'Longest asynchronous run' },
      { topic: 'scaling', fact: 'aws-lambda-managed-instances-scaling' },
      { topic: 'billing', fact: 'aws-lambda-managed-instances-pricing', label: 'Billing', show: 'value' },
    ],
  },
  {
    id: 'aws-eks-auto-mode',
    provider: 'aws',
    kind: 'containers',
    name: 'Amazon EKS Auto Mode',
    summary: 'Kubernetes whose nodes and add-ons AWS runs too.',
    limits: [{ topic: 'scaling', fact: 'aws-eks-auto-mode', label: 'What AWS runs' }],
    meets: ['accelerator'],
  },
  {
    id: 'aws-app-runner',
    provider: 'aws',
    kind: 'containers',
    name: 'AWS App Runner',
    summary: 'A web-service platform from source or image.',
    limits: [],
    closedToNew: 'aws-app-runner-status',
  },
  {
    id: 'azure-container-apps',
    provider: 'azure',
    kind: 'containers',
    name: 'Azure Container Apps (apps and jobs)',
    summary: 'Containers that scale to zero, jobs that run to completion, serverless GPUs.',
    limits: [
      { topic: 'timeout', fact: 'azure-container-apps-ingress-timeout', label: 'HTTP request through ingress' },
      { topic: 'memory', fact: 'azure-container-apps-consumption-cores-max', label: 'Most cores (Consumption profile)' },
      { topic: 'scaling', fact: 'azure-container-apps-scale-to-zero', label: 'Fewest replicas', show: 'value' },
      { topic: 'gpu', fact: 'azure-container-apps-gpu-types', show: 'value' },
    ],
    meets: ['accelerator'],
  },
  {
    id: 'google-cloud-run',
    provider: 'google-cloud',
    kind: 'containers',
    name: 'Cloud Run services',
    summary: 'Containers that scale with requests, many per instance.',
    limits: [
      { topic: 'timeout', fact: 'google-cloud-run-request-timeout-max', label: 'Longest request' },
      { topic: 'concurrency', fact: 'google-cloud-run-concurrency' },
      { topic: 'billing', fact: 'google-cloud-run-billing-settings', label: 'Billing by default', show: 'value' },
      { topic: 'gpu', fact: 'google-cloud-run-gpu', show: 'value' },
    ],
    meets: ['accelerator'],
  },
  {
    id: 'google-cloud-run-worker-pools',
    provider: 'google-cloud',
    kind: 'containers',
    name: 'Cloud Run worker pools',
    summary: 'Always-on containers for consumers that never stop.',
    limits: [{ topic: 'scaling', fact: 'google-cloud-run-worker-pools' }],
  },
  // Managed batch
  {
    id: 'aws-batch',
    provider: 'aws',
    kind: 'batch',
    name: 'AWS Batch',
    summary: 'Queued container jobs on compute it starts and removes.',
    limits: [{ topic: 'gpu', fact: 'aws-batch-gpu' }],
    meets: ['accelerator', 'large'],
  },
  {
    id: 'azure-batch',
    provider: 'azure',
    kind: 'batch',
    name: 'Azure Batch (or Container Apps jobs)',
    summary: 'VM pools Azure provisions for a queue of tasks; Container Apps jobs for lighter ones.',
    limits: [{ topic: 'gpu', fact: 'azure-batch-gpu' }],
    meets: ['accelerator', 'large'],
  },
  {
    id: 'google-cloud-batch',
    provider: 'google-cloud',
    kind: 'batch',
    name: 'Cloud Run jobs (or Google Cloud Batch)',
    summary: 'Parallel container tasks; Google Cloud Batch for chosen VM shapes.',
    limits: [
      { topic: 'timeout', fact: 'google-cloud-run-jobs-task-timeout-max', label: 'Longest job task' },
      { topic: 'memory', fact: 'google-cloud-run-jobs-memory-max' },
      { topic: 'concurrency', fact: 'google-cloud-run-jobs-tasks-max', label: 'Tasks per job' },
      { topic: 'gpu', fact: 'google-cloud-batch-gpu' },
    ],
    meets: ['accelerator', 'large'],
  },
  // Virtual machines
  {
    id: 'aws-ec2',
    provider: 'aws',
    kind: 'vms',
    name: 'Amazon EC2',
    summary: 'Virtual machines of the size and hardware you choose, GPU instances included; you patch, scale and watch them.',
    limits: [{ topic: 'gpu', fact: 'aws-ec2-accelerated-computing' }],
    openLimits: true,
    meets: ['accelerator', 'large', 'system'],
  },
  {
    id: 'azure-vms',
    provider: 'azure',
    kind: 'vms',
    name: 'Azure Virtual Machines',
    summary: 'Virtual machines of the size and hardware you choose, GPU sizes included; you patch, scale and watch them.',
    limits: [{ topic: 'gpu', fact: 'azure-batch-gpu' }],
    openLimits: true,
    meets: ['accelerator', 'large', 'system'],
  },
  {
    id: 'google-compute-engine',
    provider: 'google-cloud',
    kind: 'vms',
    name: 'Compute Engine',
    summary: 'Virtual machines of the size and hardware you choose, GPUs included; you patch, scale and watch them.',
    limits: [{ topic: 'gpu', fact: 'google-cloud-compute-engine-gpu' }],
    openLimits: true,
    meets: ['accelerator', 'large', 'system'],
  },
  {
    id: 'own-servers',
    provider: 'own',
    kind: 'vms',
    name: 'Your own servers or private cloud',
    summary: 'Hardware you buy or rent: no platform limits, and every failure is yours to handle.',
    limits: [],
    openLimits: true,
    meets: ['accelerator', 'large', 'system'],
  },
  // Kubernetes you run
  {
    id: 'aws-eks',
    provider: 'aws',
    kind: 'kubernetes',
    name: 'Amazon EKS',
    summary: 'AWS runs the control plane; the nodes, upgrades and capacity are yours unless you choose EKS Auto Mode.',
    limits: [],
    openLimits: true,
    meets: ['system'],
  },
  {
    id: 'azure-aks',
    provider: 'azure',
    kind: 'kubernetes',
    name: 'Azure Kubernetes Service (AKS)',
    summary: 'Azure runs the control plane; node pools, upgrades and capacity are yours.',
    limits: [],
    openLimits: true,
    meets: ['system'],
  },
  {
    id: 'google-gke',
    provider: 'google-cloud',
    kind: 'kubernetes',
    name: 'Google Kubernetes Engine (GKE)',
    summary: 'Google runs the control plane; in Standard mode the nodes and their capacity are yours.',
    limits: [],
    openLimits: true,
    meets: ['system'],
  },
  {
    id: 'own-kubernetes',
    provider: 'own',
    kind: 'kubernetes',
    name: 'Kubernetes on your own machines',
    summary: 'The whole stack is yours, from hardware to the cluster; Knative or OpenFaaS can add scale-to-zero on top.',
    limits: [],
    openLimits: true,
    meets: ['system'],
  },
];

/** Which kinds of platform carry each recommendation, and the one-line reason. */
export const OUTCOME_KINDS: { readonly [O in OutcomeId]: { readonly kinds: readonly PlatformKind[]; readonly note: string } } = {
  serverless: {
    kinds: ['functions', 'workflows'],
    note: 'Functions for the steps, an orchestration service for long workflows. Plans differ in requests per instance and in whether an idle hour is free.',
  },
  managed: {
    kinds: ['containers', 'batch'],
    note: 'Managed containers and platforms for services and consumers, functions on instances that stay up included; managed batch for queues of jobs.',
  },
  servers: {
    kinds: ['vms', 'kubernetes'],
    note: 'Machines or clusters your team runs; the providers differ more in price and tooling than in limits.',
  },
};

/**
 * What a team in its own data centre reads for each recommendation, since no
 * public-cloud limit applies to it (the caveat of antipattern No. 3).
 */
export const OWN_NOTE: { readonly [O in OutcomeId]: string } = {
  serverless:
    'On your own hardware a function platform is software your team installs and runs, on a cluster it also runs; justified mainly when the same application must also run in a public cloud.',
  managed:
    'No provider runs a platform inside your data centre for you; the nearest thing is a container platform your own platform team operates, which is the servers option.',
  servers: 'Machines and clusters in your data centre, planned, patched and scaled by your team.',
};

/** Every fact id the catalogue uses (the tests check each exists). */
export function catalogFactIds(): string[] {
  const ids = PLATFORMS.flatMap((p) => [...p.limits.map((l) => l.fact), ...(p.closedToNew ? [p.closedToNew] : [])]);
  return [...new Set(ids)].sort();
}
