import { defineQuestion, type Question } from '../question.ts';

export const workflow: Question<'workflow', 'single' | 'chain' | 'long' | 'fan-out'> = defineQuestion({
  id: 'workflow',
  code: 'w',
  title: 'Workflow shape',
  role: 'advice',
  since: 2,
  before: { assume: 'single' },
  text: 'What shape does one piece of work take?',
  help: 'A function should do one step and hand on. When one function calls the next and waits for it, both are billed for the wait and a failure anywhere fails the whole chain. A workflow that waits for hours, retries or needs a person to approve belongs in an orchestration service, which each major cloud offers.',
  options: {
    single: { code: 's', label: 'One step per event', sections: ['fit#business-events'] },
    chain: { code: 'c', label: 'Steps that call and wait on each other', sections: ['synchronous-function-chains#summary', 'synchronous-function-chains#queue'] },
    long: { code: 'l', label: 'A long workflow', hint: 'Waits, retries or a human approval.', sections: ['hand-built-orchestration#summary', 'hand-built-orchestration#instead'] },
    'fan-out': { code: 'f', label: 'Fan-out and fan-in', hint: 'Many parallel parts, then one result.', sections: ['unbounded-concurrency#outruns'] },
  },
  asked: {
    when: (_a, { open }) => open('serverless'),
    reason: 'Asked while serverless functions are still possible; it adds the caveats and warnings that come with them.',
  },
  rules: [
    {
      id: 'waiting-chain',
      when: (a) => a.workflow === 'chain',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'synchronous-function-chains#queue',
    },
    {
      id: 'long-workflow',
      when: (a) => a.workflow === 'long',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'hand-built-orchestration#instead',
    },
    {
      id: 'one-step',
      when: (a) => a.workflow === 'single',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'fit#business-events',
    },
    {
      id: 'fan-out',
      when: (a) => a.workflow === 'fan-out',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'unbounded-concurrency#outruns',
    },
  ],
  warnings: [
    {
      id: 'synchronous-chain',
      functionsOnly: true,
      when: (a) => a.workflow === 'chain',
      section: 'synchronous-function-chains#why-it-hurts',
    },
    {
      id: 'hand-built-orchestration',
      functionsOnly: true,
      when: (a) => a.workflow === 'long',
      section: 'hand-built-orchestration#symptoms',
    },
  ],
});
