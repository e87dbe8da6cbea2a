/** The words of the latency question's rules and warnings (latency.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const latencyWords: RuleWords = {
  'strict-latency-busy': {
    says: 'A load that is never idle with a latency budget that a cold start would break is served better by always-warm managed containers than by functions kept warm at extra cost.',
  },
  'cold-starts-strict': {
    says: 'A cold start would break the latency budget, so you need pre-warmed instances (provisioned concurrency or minimum instances), billed while idle.',
    label: 'cold starts',
    nextStep: 'Measure cold-start latency and price pre-warmed capacity against your tail-latency budget.',
  },
  'cold-starts-interactive': {
    says: 'After idle spells the first requests wait for a new instance, and users will notice now and then.',
    label: 'cold starts',
    nextStep: 'Keep initialisation code and packages small, and measure first-request latency after idle spells.',
  },
  'warm-capacity-cost': {
    says: 'Pre-warmed capacity is billed while it waits, which eats into the saving you are after.',
    label: 'paying for warm capacity',
    nextStep: 'Check that the bill, pre-warmed capacity included, still beats an always-on alternative.',
  },
  'latency-tolerant': {
    says: 'Nobody waits on this work, so cold starts do not matter.',
  },
  'cold-starts': {
    says: 'A strict response-time target meets the first request on a new instance; the remedies (warm capacity, snapshots, minimum instances) each have a price, so count it before choosing functions.',
  },
};
