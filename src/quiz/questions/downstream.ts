import { defineQuestion, type Question } from '../question.ts';

export const downstream: Question<'downstream', 'elastic' | 'fixed'> = defineQuestion({
  id: 'downstream',
  code: 'c',
  title: 'Downstream capacity',
  role: 'advice',
  since: 2,
  before: { assume: 'elastic' },
  text: 'Does each unit of work call something with a fixed capacity?',
  help: 'Functions scale out by running more copies at once. A relational database with a connection limit, a legacy system or a rate-limited API does not scale with them: a burst of events becomes a burst of connections or calls that it refuses, and the retries make it worse.',
  options: {
    elastic: { code: 'e', label: 'No, only services that scale with us', hint: 'Managed queues, object storage, databases billed per request.', sections: ['unbounded-concurrency#elastic'] },
    fixed: { code: 'f', label: 'Yes, something with a fixed limit', hint: 'A relational database, a legacy system or a rate-limited API.', sections: ['unbounded-concurrency#summary', 'unbounded-concurrency#queue-and-cap'] },
  },
  asked: {
    when: (_a, { open }) => open('serverless'),
    reason: 'Asked while serverless functions are still possible; it adds the caveats and warnings that come with them.',
  },
  rules: [
    {
      id: 'fixed-downstream',
      when: (a) => a.downstream === 'fixed',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'unbounded-concurrency#queue-and-cap',
      says: 'Functions scale out faster than a database, legacy system or rate-limited API can absorb, so their concurrency needs a cap set from the downstream limit.',
      label: 'a fixed-capacity downstream',
      nextStep: 'Put a queue in front of the fixed-capacity service and cap the functions that drain it (reserved concurrency, maximum instances) at what it can take.',
    },
    {
      id: 'elastic-downstream',
      when: (a) => a.downstream === 'elastic',
      effect: { kind: 'note' },
      section: 'unbounded-concurrency#elastic',
      says: 'Everything the work calls scales with it, so the functions’ scale-out has nothing to overwhelm.',
    },
  ],
  warnings: [
    {
      id: 'unbounded-concurrency',
      when: (a) => a.downstream === 'fixed',
      section: 'unbounded-concurrency#outruns',
      message: 'Functions scale out faster than a fixed-capacity service can take connections or calls: without a queue and a concurrency cap between them, the scale-out becomes the outage.',
    },
  ],
});
