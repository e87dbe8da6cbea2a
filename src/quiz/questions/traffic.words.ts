/** The words of the traffic question's rules and warnings (traffic.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const trafficWords: RuleWords = {
  'steady-load-cost': {
    says: 'With steady, high load there is no idle time to save on, and paying per invocation costs more than capacity that is always busy.',
  },
  'steady-load-operations': {
    says: 'At steady, high load a managed platform gives the same hands-off operations without per-invocation pricing.',
  },
  'cost-at-baseline': {
    says: 'The load never drops to zero, so paying per invocation can cost more than a small always-on service.',
    label: 'cost at a steady baseline',
    nextStep: 'Compare the monthly bill at your baseline load with a small always-on managed container.',
  },
  'spiky-load': {
    says: 'Idle time costs nothing with functions, so a spiky load is where they save the most.',
  },
};
