/** The words of the traffic question's rules and warnings (traffic.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const trafficWords: RuleWords = {
  'steady-load-cost': {
    says: 'With steady, high load there is no idle time to save on: capacity billed per instance and kept busy (Lambda Managed Instances, Cloud Run billed by instance, a container service) costs less than paying per invocation.',
  },
  'steady-load-operations': {
    says: 'At steady, high load a platform that keeps instances running (Lambda Managed Instances, Cloud Run, Container Apps, ECS Express Mode) gives the same hands-off operations without a per-invocation premium on every hour.',
  },
  'cost-at-baseline': {
    says: 'The load never drops to zero, so paying per invocation can cost more than a small always-on service.',
    label: 'cost at a steady baseline',
    nextStep: 'Compare the monthly bill at your baseline with capacity billed per instance (a small container, Lambda Managed Instances, Cloud Run billed by instance), and price functions on Arm.',
  },
  'spiky-load': {
    says: 'On a plan that scales to zero, idle time costs nothing, so a spiky load is where functions save the most.',
  },
};
