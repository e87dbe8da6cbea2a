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
    summary: 'Cloud Run jobs for containerised tasks; Google Cloud Batch when a job needs chosen VM shapes or GPUs on them.',
    limits: [
      { topic: 'timeout', fact: 'google-cloud-run-jobs-task-timeout-max', label: 'Longest job task' },
      { topic: 'gpu', fact: 'google-cloud-run-gpu' },
      { topic: 'gpu', fact: 'google-cloud-batch-gpu' },
    ],
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
  },
  {
    id: 'azure-vms',
    provider: 'azure',
    kind: 'vms',
    name: 'Azure Virtual Machines',
    summary: 'Virtual machines of the size and hardware you choose, GPU sizes included; you patch, scale and watch them.',
    limits: [{ topic: 'gpu', fact: 'azure-batch-gpu' }],
    openLimits: true,
  },
  {
    id: 'google-compute-engine',
    provider: 'google-cloud',
    kind: 'vms',
    name: 'Compute Engine',
    summary: 'Virtual machines of the size and hardware you choose, GPUs included; you patch, scale and watch them.',
    limits: [{ topic: 'gpu', fact: 'google-cloud-compute-engine-gpu' }],
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

/**
 * Where work goes when the hardware answer rules functions out. The result
 * pages are static per outcome (the personal result is an island that does
 * not render this table), so each page shows these as clearly labelled
 * "if you need ..." groups for the outcomes the quiz can reach with that
 * answer, rather than filtering on the answers.
 */
export type HardwareNeed = 'accelerator' | 'large' | 'system';

export interface HardwareFit {
  /** The hardware answer value (src/quiz/questions.ts) this group is for. */
  need: HardwareNeed;
  title: string;
  /** Per outcome the quiz can land on with this answer: what fits, in one sentence, and the options. */
  outcomes: { readonly [O in OutcomeId]?: { note: string; options: readonly string[] } };
  /** The limit topic worth showing for these options, if any. */
  topic?: LimitTopic;
  /** What to say for an option whose limits are those of the machines you pick. */
  openNote: string;
}

export const HARDWARE_FITS: readonly HardwareFit[] = [
  {
    need: 'accelerator',
    title: 'If the work needs GPUs',
    topic: 'gpu',
    openNote: 'GPU machine types are on the provider’s size list; you install and update the drivers.',
    outcomes: {
      managed: {
        note: 'GPUs without servers to run come with container platforms and batch services; quotas and regions limit them, so check both for your account.',
        options: ['aws-batch', 'azure-container-apps', 'azure-batch', 'google-cloud-run', 'google-cloud-batch'],
      },
      servers: {
        note: 'Every provider sells GPU virtual machines, and Kubernetes node pools can use the same machine types; you install the drivers and keep them current.',
        options: ['aws-ec2', 'azure-vms', 'google-compute-engine', 'self-hosted-servers'],
      },
    },
  },
  {
    need: 'large',
    title: 'If the work needs more memory, CPU or code than a function',
    topic: 'memory',
    openNote: 'As large as the machine sizes you choose.',
    outcomes: {
      managed: {
        note: 'Container platforms offer larger instances than functions, and batch services run each job on a VM size you pick, so the ceiling is the largest size on offer.',
        options: ['aws-batch', 'azure-batch', 'google-cloud-run', 'google-cloud-batch'],
      },
      servers: {
        note: 'Virtual machines come in sizes well beyond any function or container platform; pick the family by the resource you run out of first.',
        options: ['aws-ec2', 'azure-vms', 'google-compute-engine', 'self-hosted-servers'],
      },
    },
  },
  {
    need: 'system',
    title: 'If the work needs a custom OS, kernel or lasting local disk',
    openNote: 'You choose the image, the kernel and the disks that stay attached.',
    outcomes: {
      servers: {
        note: 'Only machines you control let you choose the image and kernel and keep disks attached between runs; managed platforms choose the operating system for you.',
        options: ['aws-ec2', 'azure-vms', 'google-compute-engine', 'self-hosted-servers', 'aws-eks', 'azure-aks', 'google-gke', 'self-hosted-kubernetes'],
      },
    },
  },
];

/** One option in a hardware group, with the limits worth showing there. */
export interface HardwareRow {
  option: PlatformOption;
  limits: LimitRef[];
}

/**
 * The hardware groups a result page shows, options in provider order, each
 * with the limits of the group's topic; a fact already shown on an earlier
 * row of the same group is not repeated.
 */
export function hardwareFitsFor(outcome: OutcomeId): { fit: HardwareFit; note: string; rows: HardwareRow[] }[] {
  return HARDWARE_FITS.flatMap((fit) => {
    const here = fit.outcomes[outcome];
    if (!here) return [];
    const shown = new Set<string>();
    const rows = PROVIDER_ORDER.flatMap((provider) => PLATFORMS.filter((p) => p.provider === provider && here.options.includes(p.id))).map((option) => {
      const limits = option.limits.filter((l) => l.topic === fit.topic && !shown.has(l.fact));
      for (const l of limits) shown.add(l.fact);
      return { option, limits };
    });
    return [{ fit, note: here.note, rows }];
  });
}

/** Outcomes a hardware answer can lead to (where its group is shown); empty means functions stay possible. */
export function outcomesForNeed(need: HardwareNeed): OutcomeId[] {
  const fit = HARDWARE_FITS.find((f) => f.need === need);
  return fit ? (Object.keys(fit.outcomes) as OutcomeId[]) : [];
}

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
