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
    },
    {
      id: 'elastic-downstream',
      when: (a) => a.downstream === 'elastic',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'unbounded-concurrency#elastic',
    },
  ],
  warnings: [
    {
      // Each layer with a trigger retries on its own; a fixed-capacity service or a chain of steps multiplies the attempts.
      id: 'retry-storm',
      when: (a) => a.downstream === 'fixed' || a.workflow === 'chain' || a.workflow === 'fan-out',
      section: 'poison-messages-and-retry-storms#multiplied',
    },
    {
      id: 'unbounded-concurrency',
      functionsOnly: true,
      when: (a) => a.downstream === 'fixed',
      section: 'unbounded-concurrency#outruns',
    },
  ],
});
