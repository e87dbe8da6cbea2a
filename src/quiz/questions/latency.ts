import { defineQuestion, type Question } from '../question.ts';

export const latency: Question<'latency', 'tolerant' | 'interactive' | 'strict'> = defineQuestion({
  id: 'latency',
  code: 'r',
  title: 'Response time',
  role: 'outcome',
  since: 1,
  text: 'How much does response time matter to whoever waits for this work?',
  help: 'A new function instance has to start its runtime and run your initialisation code before it can serve, which adds latency to the first request it handles. That is invisible for background work, noticeable in interactive use, and a problem when you promise a tight tail latency. Keeping instances warm is possible, but you pay for it while they wait.',
  options: {
    tolerant: { code: 't', label: 'Seconds are fine', hint: 'Background or asynchronous work.', sections: ['fit#cold-starts'] },
    interactive: { code: 'i', label: 'Interactive', hint: 'A few hundred milliseconds matter; an occasional slow start is acceptable.', sections: ['fit#cold-starts', 'cold-starts-on-critical-paths#summary'] },
    strict: { code: 's', label: 'Strict', hint: 'A tail-latency budget that a cold start would break.', sections: ['fit#cold-starts', 'cold-starts-on-critical-paths#why-it-hurts'] },
  },
  asked: {
    when: (_a, { open }) => open('serverless'),
    reason: 'Asked while serverless functions are still possible; it decides whether they fit.',
  },
  rules: [
    {
      id: 'strict-latency-busy',
      when: (a) => a.latency === 'strict' && a.traffic === 'variable',
      effect: { kind: 'rule-out', outcomes: ['serverless'] },
      section: 'fit#cold-starts',
    },
    {
      id: 'cold-starts-strict',
      when: (a) => a.latency === 'strict' && a.traffic === 'spiky',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'fit#cold-starts',
    },
    {
      id: 'cold-starts-interactive',
      when: (a) => a.latency === 'interactive' && a.traffic === 'spiky',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'fit#cold-starts',
    },
    {
      id: 'warm-capacity-cost',
      when: (a) => a.latency === 'strict' && a.traffic === 'spiky' && (a.goal === 'cost' || a.goal === 'both'),
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'goals#cost',
    },
    {
      id: 'latency-tolerant',
      when: (a) => a.latency === 'tolerant',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'fit#cold-starts',
    },
  ],
  warnings: [
    {
      id: 'timeouts-do-not-nest',
      when: (a) => (a.latency === 'interactive' || a.latency === 'strict') && (a.workflow === 'chain' || a.downstream === 'fixed' || a.duration === 'near-limit'),
      section: 'timeouts-that-do-not-nest#the-rule',
    },
    {
      id: 'cold-starts',
      functionsOnly: true,
      when: (a) => a.latency === 'strict',
      section: 'cold-starts-on-critical-paths#why-it-hurts',
    },
  ],
});
