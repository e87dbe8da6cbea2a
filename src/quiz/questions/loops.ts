import { defineQuestion, type Question } from '../question.ts';

export const loops: Question<'loops', 'separate' | 'same'> = defineQuestion({
  id: 'loops',
  code: 'k',
  title: 'Writes back to its trigger',
  role: 'advice',
  since: 2,
  before: { assume: 'separate' },
  text: 'Does the workload write to the place that triggers it?',
  help: 'A function triggered by a bucket, queue, topic or table that it also writes to can trigger itself, again and again, and every round is billed. Providers stop some of these loops for some services, not all of them. Count indirect paths too: a write that reaches the trigger through another service.',
  options: {
    separate: { code: 's', label: 'No, it writes somewhere else', sections: ['recursive-invocation-loops#separate-outputs'] },
    same: { code: 'w', label: 'Yes, or it might', hint: 'For example it writes a processed file back into the bucket that triggers it.', sections: ['recursive-invocation-loops#summary', 'recursive-invocation-loops#separate-outputs'] },
  },
  asked: {
    when: (a, { open }) => open('serverless') && (a.arrival === 'per-event' || a.arrival === 'stream'),
    reason: 'Asked when functions are still possible and each event triggers its own run: only then can a function trigger itself.',
  },
  rules: [
    {
      id: 'self-trigger',
      when: (a) => (a.arrival === 'per-event' || a.arrival === 'stream') && a.loops === 'same',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'recursive-invocation-loops#separate-outputs',
    },
    {
      id: 'separate-outputs',
      when: (a) => (a.arrival === 'per-event' || a.arrival === 'stream') && a.loops === 'separate',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'recursive-invocation-loops#separate-outputs',
    },
  ],
  warnings: [
    {
      id: 'recursive-loop',
      functionsOnly: true,
      when: (a) => (a.arrival === 'per-event' || a.arrival === 'stream') && a.loops === 'same',
      section: 'recursive-invocation-loops#why-it-hurts',
    },
  ],
});
