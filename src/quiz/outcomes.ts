/**
 * The three recommendations the quiz can end in, as typed data.
 *
 * Why separate from the rules: result pages, the map and the ADR export need
 * names and descriptions without running a decision.
 */
import type { SectionRef } from './sections.ts';
import type { OutcomeId } from './outcome-ids.ts';

export { OUTCOME_ORDER, isOutcomeId, type OutcomeId } from './outcome-ids.ts';

export interface OutcomeDef {
  readonly id: OutcomeId;
  readonly name: string;
  /** One paragraph: what the recommendation means in practice. */
  readonly description: string;
  /** Generic first steps; the decision adds steps for its caveats. */
  readonly nextSteps: readonly string[];
  /** Guide sections that back this recommendation. */
  readonly sections: readonly SectionRef[];
}


export const OUTCOMES: { readonly [K in OutcomeId]: OutcomeDef & { readonly id: K } } = {
  serverless: {
    id: 'serverless',
    name: 'Serverless functions',
    description:
      'Run the workload as functions that the provider starts for each event and scales for you, and keep any state in managed data services. You write the business logic; provisioning, patching and scaling are the provider’s job, and on a plan that scales to zero with nothing kept warm an idle hour costs nothing.',
    nextSteps: [
      'List the events that trigger each function and the data each event carries.',
      'Keep state in managed data services that scale with demand, not in a layer you run.',
      'Set timeouts and alarms well below the platform limits, and measure cold starts under realistic load.',
      'Estimate the monthly bill from expected invocations and run time, and compare it with a small always-on alternative.',
    ],
    sections: ['fit#good-fits', 'goals#operations', 'goals#cost', 'database-dependency#managed-data'],
  },
  managed: {
    id: 'managed',
    name: 'Managed services',
    description:
      'Run the workload on a platform someone else operates: managed containers, a platform as a service, back-end services, and managed data and messaging. You give up per-invocation billing and scale-to-zero in places, but keep most of the operational relief, with longer time limits than most function plans and instances that can stay warm; these platforms have limits of their own, such as request timeouts, and start cold when they scale to zero.',
    nextSteps: [
      'Shortlist managed container or platform services that run your workload unchanged, and check each one’s request timeout and instance sizes.',
      'Move state to managed databases, object storage and messaging instead of running your own.',
      'Compare the bill at your real load with functions and with servers you would run.',
      'Check how each candidate scales, and whether it can scale to zero when idle.',
    ],
    sections: ['fit#managed', 'goals#faas-vs-baas', 'database-dependency#managed-data', 'on-premises-serverless#strip-a-layer'],
  },
  servers: {
    id: 'servers',
    name: 'Conventional servers',
    description:
      'Run the workload on virtual machines or containers that your team operates. You own patching, scaling, capacity planning and on-call, and in return get full control, no platform limits and predictable cost at steady load.',
    nextSteps: [
      'Name who patches, scales and is on call for the servers, and budget their time.',
      'Plan capacity for peak load, and decide what idle capacity you accept paying for.',
      'Automate provisioning and deployment so servers stay replaceable.',
      'Revisit the decision when the load, the team or the goal changes.',
    ],
    sections: ['fit#servers', 'fit#outgrown', 'on-premises-serverless#hurts-operations'],
  },
};
