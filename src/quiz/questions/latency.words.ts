/** The words of the latency question's rules and warnings (latency.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const latencyWords: RuleWords = {
  'timeouts-do-not-nest': {
    says: 'Someone waits on this request, and behind it sits something that can be slow: set the timeouts from the outside in, each shorter than the one that waits for it, and retry in one place only.',
  },
  'strict-latency-busy': {
    says: 'A load that is never idle, with a latency budget a cold start would break, needs warm capacity; on functions that means provisioned, always-ready or minimum instances billed on top of use, so always-warm managed capacity serves it better.',
  },
  'cold-starts-strict': {
    says: 'A cold start would break the latency budget, so you need pre-warmed instances (provisioned concurrency, always-ready or minimum instances), billed while idle, or snapshots where the runtime supports them.',
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
