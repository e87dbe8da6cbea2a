import { defineQuestion, type Question } from '../question.ts';

export const arrival: Question<'arrival', 'per-event' | 'stream' | 'timer-batches' | 'continuous'> = defineQuestion({
  id: 'arrival',
  code: 'a',
  title: 'How work arrives',
  role: 'outcome',
  since: 1,
  text: 'How does work reach this workload?',
  help: 'Functions are built to react: each event starts a small piece of work and carries the data it needs. A stream that the platform reads for you and hands to functions in batches counts as events too, with ordering rules of its own. Collecting work and processing it on a schedule makes each run grow with the backlog, which is the first antipattern. A process that never exits, such as a server holding connections, does not map onto invocations.',
  options: {
    'per-event': { code: 'e', label: 'Per event', hint: 'Each request, message or uploaded file triggers its own piece of work.', sections: ['fit#business-events', 'batch-jobs-on-a-timer#per-event'] },
    stream: { code: 's', since: 3, label: 'From a stream or log', hint: 'Kinesis, Event Hubs or Kafka: in order per shard or partition.', sections: ['stream-processing-without-its-semantics#summary', 'stream-processing-without-its-semantics#concurrency'] },
    'timer-batches': { code: 't', label: 'In batches on a timer', hint: 'Work piles up, then a scheduled job processes it.', sections: ['batch-jobs-on-a-timer#symptoms', 'batch-jobs-on-a-timer#scheduled-ok'] },
    continuous: { code: 'c', label: 'Continuously', hint: 'A process that never exits, such as a server holding connections.', sections: ['fit#time-limits'] },
  },
  asked: {
    when: (_a, { open }) => open('serverless'),
    reason: 'Asked while serverless functions are still possible; it decides whether they fit.',
  },
  rules: [
    {
      id: 'continuous-work',
      when: (a) => a.arrival === 'continuous',
      effect: { kind: 'rule-out', outcomes: ['serverless'] },
      section: 'fit#time-limits',
    },
    {
      id: 'trigger-per-event',
      when: (a) => a.arrival === 'timer-batches',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'batch-jobs-on-a-timer#per-event',
    },
    {
      id: 'per-event',
      when: (a) => a.arrival === 'per-event',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'fit#business-events',
    },
    {
      id: 'stream-batches',
      when: (a) => a.arrival === 'stream',
      effect: { kind: 'note' },
      section: 'stream-processing-without-its-semantics#summary',
    },
  ],
  warnings: [
    {
      id: 'stream-semantics',
      when: (a) => a.arrival === 'stream',
      section: 'stream-processing-without-its-semantics#stuck-shard',
    },
    {
      id: 'batch-on-a-timer',
      functionsOnly: true,
      when: (a) => a.arrival === 'timer-batches',
      section: 'batch-jobs-on-a-timer#symptoms',
    },
  ],
});
