import { defineQuestion, type Question } from '../question.ts';

/** Whether anyone will see work fail or pile up between asynchronous steps. */
export const signals: Question<'signals', 'alarms' | 'logs' | 'undecided'> = defineQuestion({
  id: 'signals',
  code: 'm',
  title: 'Signals between steps',
  role: 'advice',
  since: 3,
  before: 'not-asked',
  text: 'How will you know when work fails or piles up between steps?',
  help: 'Once work passes through a queue, a topic or the platform’s retries, nobody waits for the answer: a failure ends in a dead-letter queue or expires, and a consumer that falls behind still reports success. What shows it is the age of the oldest waiting message, anything in a dead-letter queue, throttling and the error rate, and a trace or correlation ID that survives each hop.',
  options: {
    alarms: { code: 'a', label: 'Alarms on backlog age, dead letters, throttles and errors, with traces across hops', hint: 'Someone is paged when any of them moves.', sections: ['flying-blind#four-signals'] },
    logs: { code: 'l', label: 'Function logs and an alarm on errors', hint: 'What most teams start with.', sections: ['flying-blind#no-audience', 'flying-blind#trace-context'] },
    undecided: { code: 'n', label: 'Not decided yet', sections: ['flying-blind#summary', 'flying-blind#four-signals'] },
  },
  asked: {
    when: (a, { open }) => open('serverless') && a.arrival !== 'continuous',
    reason: 'Asked while functions are still possible for work that arrives as events: work that crosses a queue or a retry fails silently unless something watches it.',
  },
  rules: [
    {
      id: 'signals-thin',
      when: (a) => a.signals === 'logs' || a.signals === 'undecided',
      effect: { kind: 'note' },
      section: 'flying-blind#no-audience',
    },
    {
      id: 'signals-watched',
      when: (a) => a.signals === 'alarms',
      effect: { kind: 'note' },
      section: 'flying-blind#four-signals',
    },
  ],
  warnings: [
    {
      id: 'flying-blind',
      when: (a) => a.signals === 'logs' || a.signals === 'undecided',
      section: 'flying-blind#four-signals',
    },
  ],
});
