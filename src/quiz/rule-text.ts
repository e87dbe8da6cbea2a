/**
 * The words of the rule table (rules.ts), keyed by rule id: what each rule
 * says in the trace, the caveat labels and next steps, and the warnings.
 *
 * Kept apart from the logic so the quiz page's startup JavaScript carries
 * only what decides the flow; the result pages and the map load the words.
 * A unit test checks that every rule and warning has its text, and no text
 * is left without a rule.
 */

export interface RuleText {
  /** One sentence, shown in the trace. */
  readonly explanation: string;
  /** Caveats only: the label that ends up in the headline. */
  readonly label?: string;
  /** Caveats only: what to do about it. */
  readonly nextStep?: string;
}

export const RULE_TEXT: { readonly [ruleId: string]: RuleText } = {
  'on-premises-only': {
    explanation: 'On premises, functions mean installing and running a function framework yourself (antipattern No. 3), and public managed services are not available.',
  },
  'goal-neither': {
    explanation: 'Without simpler operations or lower cost as the aim, functions bring their constraints and none of the benefits you want.',
  },
  'hybrid-without-operators': {
    explanation: 'One function platform in two places means someone runs the framework, its orchestrator and the machines on premises, which a team with little capacity cannot carry.',
  },
  'needs-accelerator': {
    explanation: 'Function plans are sized by memory and CPU; GPUs come with managed containers, batch services and virtual machines, so the work goes there.',
  },
  'beyond-function-sizes': {
    explanation: 'Work that needs more memory, CPU or code than the largest function allows does not fit a function; containers, batch jobs and virtual machines come in larger sizes.',
  },
  'custom-system': {
    explanation: 'Functions and managed container platforms run on an operating system the provider chooses and keep no local disk between runs; a custom kernel or lasting local data needs machines you control.',
  },
  'continuous-work': {
    explanation: 'Work that never stops does not fit invocations that end after a time limit; a service that stays up fits it better.',
  },
  'beyond-time-limits': {
    explanation: 'A unit of work that can run past the platform time limit would be cut off mid-way; it needs a runtime without that ceiling.',
  },
  'own-data-layer': {
    explanation: 'Building and running your own data layer brings back the fixed cost and the operations that functions were meant to remove (antipattern No. 2).',
  },
  'steady-load-cost': {
    explanation: 'With steady, high load there is no idle time to save on, and paying per invocation costs more than capacity that is always busy.',
  },
  'steady-load-operations': {
    explanation: 'At steady, high load a managed platform gives the same hands-off operations without per-invocation pricing.',
  },
  'strict-latency-busy': {
    explanation: 'A load that is never idle with a latency budget that a cold start would break is served better by always-warm managed containers than by functions kept warm at extra cost.',
  },
  'prefer-managed-for-operations': {
    explanation: 'Simpler operations is the goal, so let a provider run the platform even though functions are out.',
  },
  'prefer-managed-little-capacity': {
    explanation: 'With little capacity to run infrastructure, servers would take time the team does not have; a managed platform takes that work.',
  },
  'prefer-servers-platform-team': {
    explanation: 'A platform team that already runs servers well can host this at a predictable cost and with full control.',
  },
  'prefer-managed-some-capacity': {
    explanation: 'With some capacity either could work; a managed platform keeps the operating load smaller, with your own servers a close second.',
  },
  'prefer-managed-by-default': {
    explanation: 'Team capacity is unknown, so the option that asks less of the team comes first.',
  },
  'trigger-per-event': {
    label: 'trigger per event',
    nextStep: 'Replace the timer with a trigger per item (a queue message, an upload, a change event) unless the work is genuinely periodic.',
    explanation: 'Functions fit if each item triggers its own invocation; keep a timer only for work that is genuinely periodic.',
  },
  'near-time-limits': {
    label: 'timeouts',
    nextStep: 'Split each unit of work into smaller steps, or plan where it goes when it outgrows the time limit.',
    explanation: 'Close to the ceiling, a slow dependency or a larger input tips a run into a timeout.',
  },
  'hybrid-exception': {
    label: 'running it in two places',
    nextStep: 'Name who runs the function framework and its cluster on premises, and cost that work.',
    explanation: 'One function platform on premises and in the cloud is the single case the article accepts, but on premises you still plan and run every layer.',
  },
  'cold-starts-strict': {
    label: 'cold starts',
    nextStep: 'Measure cold-start latency and price pre-warmed capacity against your tail-latency budget.',
    explanation: 'A cold start would break the latency budget, so you need pre-warmed instances (provisioned concurrency or minimum instances), billed while idle.',
  },
  'cold-starts-interactive': {
    label: 'cold starts',
    nextStep: 'Keep initialisation code and packages small, and measure first-request latency after idle spells.',
    explanation: 'After idle spells the first requests wait for a new instance, and users will notice now and then.',
  },
  'warm-capacity-cost': {
    label: 'paying for warm capacity',
    nextStep: 'Check that the bill, pre-warmed capacity included, still beats an always-on alternative.',
    explanation: 'Pre-warmed capacity is billed while it waits, which eats into the saving you are after.',
  },
  'cost-at-baseline': {
    label: 'cost at a steady baseline',
    nextStep: 'Compare the monthly bill at your baseline load with a small always-on managed container.',
    explanation: 'The load never drops to zero, so paying per invocation can cost more than a small always-on service.',
  },
  'waiting-chain': {
    label: 'chains of waiting functions',
    nextStep: 'Hand work between steps through a queue or an orchestrator; keep a synchronous call only where the caller needs the answer now.',
    explanation: 'A function that calls the next and waits is billed for the wait, holds a second instance, and fails when anything below it fails.',
  },
  'long-workflow': {
    label: 'an orchestrator for the long workflow',
    nextStep: 'Put the steps, waits and retries in an orchestration service (AWS Step Functions or Lambda durable functions, Azure Durable Functions, Google Cloud Workflows) and keep each function to one step.',
    explanation: 'Functions fit the steps of a long workflow, not the waiting between them; an orchestration service keeps its state, timers and retries.',
  },
  'large-payload': {
    label: 'large payloads by reference',
    nextStep: 'Store each large file or body in object storage and pass its key in the event; the function reads the object itself.',
    explanation: 'Invocation payloads are capped, so large data travels as a reference to an object in storage, not inside the event.',
  },
  'fixed-downstream': {
    label: 'a fixed-capacity downstream',
    nextStep: 'Put a queue in front of the fixed-capacity service and cap the functions that drain it (reserved concurrency, maximum instances) at what it can take.',
    explanation: 'Functions scale out faster than a database, legacy system or rate-limited API can absorb, so their concurrency needs a cap set from the downstream limit.',
  },
  'self-trigger': {
    label: 'a loop through its own trigger',
    nextStep: 'Write results where the trigger cannot see them (another bucket, prefix, queue or table), or filter the trigger; keep loop detection on and cap concurrency.',
    explanation: 'A function that writes to the source that triggers it can invoke itself without end, billed every round, unless its outputs are kept out of the trigger.',
  },
  'portable-functions': {
    label: 'the cost of portability',
    nextStep: 'Keep business logic in plain code behind thin adapters for triggers and services, prefer containers and open formats such as CloudEvents, and budget the extra work.',
    explanation: 'Functions bind you to a provider through triggers, permissions and services; staying portable is possible, but it is work you plan and pay for.',
  },
  'hybrid-managed': {
    label: 'a provider-run platform on premises',
    nextStep: 'Check which managed container platforms your provider can run on premises as well as in the cloud.',
    explanation: 'In two places, managed means a provider’s hybrid offering or a container platform both sites run, without a function framework on top.',
  },
  'hybrid-servers': {
    label: 'running it in two places',
    nextStep: 'Run the same container images in both places and keep the function framework out: one layer less to operate.',
    explanation: 'You will operate the same stack in two places; leaving out a function framework keeps that to one layer less.',
  },
  'own-machines-little-capacity': {
    explanation: 'Machines with a custom system are yours to patch and scale, and a team with little capacity for that needs help: a provider\'s managed instance groups or node pools, or a partner who runs them.',
    label: 'machines to run with little capacity',
    nextStep: 'Use the provider\'s managed instance groups or Kubernetes node pools with your own image, so patching and scaling are automated, and budget the on-call time.',
  },
  'on-premises-capacity': {
    label: 'you plan and run the capacity',
    nextStep: 'Budget your team’s time for running the servers; if that capacity is missing, plan for it before committing.',
    explanation: 'On premises you pay for the hardware whether it is busy or idle, and your team plans, runs and patches all of it.',
  },
  'goal-operations': {
    explanation: 'Simpler operations is a goal functions can meet: the provider provisions, patches and scales.',
  },
  'goal-cost': {
    explanation: 'Lower cost is a goal functions can meet where the workload is often idle: you pay per use.',
  },
  'goal-both': {
    explanation: 'Functions can deliver both goals if the workload fits them; the other answers test that.',
  },
  'public-cloud': {
    explanation: 'In a public cloud, functions and managed back-end services are both on offer.',
  },
  'standard-hardware': {
    explanation: 'Ordinary CPU and memory fit the sizes functions come in.',
  },
  'per-event': {
    explanation: 'Work that starts with each event, carrying its own data, is what functions are built for.',
  },
  'short-runs': {
    explanation: 'Each unit finishes in seconds, far from any platform time limit.',
  },
  'stateless': {
    explanation: 'Nothing has to survive between invocations, which is what functions assume.',
  },
  'managed-data': {
    explanation: 'State lives in a managed service that scales with demand, which keeps the serverless benefits.',
  },
  'spiky-load': {
    explanation: 'Idle time costs nothing with functions, so a spiky load is where they save the most.',
  },
  'latency-tolerant': {
    explanation: 'Nobody waits on this work, so cold starts do not matter.',
  },
  'hybrid-operators': {
    explanation: 'Your team can run the on-premises layers that one architecture in two places requires.',
  },
  'one-step': {
    explanation: 'One step per event is the shape functions are built for: nothing waits on anything else.',
  },
  'fan-out': {
    explanation: 'Fanning out suits functions, one invocation per part; gather the results through a queue or an orchestrator’s parallel step, and cap the concurrency the fan-out creates.',
  },
  'small-payload': {
    explanation: 'Small events fit well inside every platform’s invocation payload limits.',
  },
  'elastic-downstream': {
    explanation: 'Everything the work calls scales with it, so the functions’ scale-out has nothing to overwhelm.',
  },
  'separate-outputs': {
    explanation: 'Outputs go somewhere the trigger cannot see, so the function cannot invoke itself.',
  },
  'one-provider': {
    explanation: 'Staying with one provider lets you use its managed services fully; write down what a move would cost so the choice is on record.',
  },
};

/** The message of each warning, keyed by warning id. */
export const WARNING_TEXT: { readonly [warningId: string]: string } = {
  'batch-on-a-timer': 'Functions that wake on a schedule to work through what piled up meanwhile wait for the clock instead of the event, and each run grows with the backlog.',
  'batch-timeouts': 'Work that runs close to the time limit will cross it as the input grows; the run is cut off and has to be retried or repaired.',
  'own-data-layer': 'Functions in front of a data layer you build and run, such as a connection-pool service, keep the fixed costs and on-call work that serverless was supposed to remove.',
  'on-premises-faas': 'A function framework on premises sits on an orchestrator, containers and an operating system that your team runs, on hardware you pay for whether it is busy or not.',
  'hybrid-layers': 'Running one architecture in two places is the one accepted reason for functions on premises, and it still means your team runs every layer there.',
  'synchronous-chain': 'Functions that call other functions and wait pay twice for the same seconds, multiply the concurrency one request needs, and turn any failure below into a failure above.',
  'hand-built-orchestration': 'Waits, retries and approvals written into function code make you the owner of a home-made workflow engine, billed while it waits and cut off by the time limit.',
  'split-across-invocations': 'Work longer than any function may run tempts teams to split it across functions that re-invoke themselves and track progress in a table; an orchestration service or a container does that job properly.',
  'unbounded-concurrency': 'Functions scale out faster than a fixed-capacity service can take connections or calls: without a queue and a concurrency cap between them, the scale-out becomes the outage.',
  'recursive-loop': 'A function that writes to the source that triggers it can run in a loop that costs money on every round; provider loop detection covers only some services.',
  'portability-premium': 'Portability is a requirement with a price: the abstraction layers and the managed services you forgo cost effort every month, so cost it against what a move would really cost.',
  'cold-starts': 'A strict response-time target meets the first request on a new instance; the remedies (warm capacity, snapshots, minimum instances) each have a price, so count it before choosing functions.',
};
