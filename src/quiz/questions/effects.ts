import { defineQuestion, type Question } from '../question.ts';

/** Side effects that must happen once: where at-least-once delivery starts to cost money or trust. */
export const effects: Question<'effects', 'repeatable' | 'once'> = defineQuestion({
  id: 'effects',
  code: 'e',
  title: 'Effects that must happen once',
  role: 'advice',
  since: 3,
  before: 'not-asked',
  text: 'Does handling one event change something outside your own data that must not happen twice?',
  help: 'Triggers deliver each event at least once, and retries add more copies. Writing the same value twice does no harm; charging a card, sending an email, placing an order with a partner or adding to a balance twice does. Answer yes if a customer, a partner or a report would notice a second run of the same event.',
  options: {
    repeatable: { code: 'r', label: 'No, running it twice changes nothing', hint: 'It sets values or replaces documents.', sections: ['assuming-exactly-once#natural'] },
    once: { code: 'o', label: 'Yes: payments, messages, orders or counters', hint: 'A second run would repeat it.', sections: ['assuming-exactly-once#side-effects', 'assuming-exactly-once#record-first'] },
  },
  asked: {
    when: (a, { open }) => open('serverless') && a.arrival !== 'continuous',
    reason: 'Asked while functions are still possible for work that arrives as events: their triggers deliver at least once.',
  },
  rules: [
    {
      id: 'idempotent-effects',
      when: (a) => a.effects === 'once',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'assuming-exactly-once#record-first',
    },
    {
      id: 'repeatable-effects',
      when: (a) => a.effects === 'repeatable',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'assuming-exactly-once#natural',
    },
  ],
  warnings: [
    {
      id: 'exactly-once-assumed',
      when: (a) => a.effects === 'once',
      section: 'assuming-exactly-once#side-effects',
    },
  ],
});
