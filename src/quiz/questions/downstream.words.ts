/** The words of the downstream question's rules and warnings (downstream.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const downstreamWords: RuleWords = {
  'retry-storm': {
    says: 'The trigger, the SDK and your code each retry, so one failing call can become many, arriving when the service behind is slowest; retry in one layer, and send what keeps failing to a dead-letter queue.',
  },
  'fixed-downstream': {
    says: 'Functions scale out faster than a database, legacy system or rate-limited API can absorb, so their concurrency needs a cap set from the downstream limit.',
    label: 'a fixed-capacity downstream',
    nextStep: 'Put a queue in front of the fixed-capacity service and cap the functions that drain it (reserved concurrency, maximum instances) at what it can take, counting instances times requests per instance.',
  },
  'elastic-downstream': {
    says: 'Everything the work calls scales with it, so the functions’ scale-out has nothing to overwhelm.',
  },
  'unbounded-concurrency': {
    says: 'Functions scale out faster than a fixed-capacity service can take connections or calls: without a queue and a concurrency cap between them, the scale-out becomes the outage.',
  },
};
