import { defineQuestion, type Question } from '../question.ts';
import { figureOptions } from '../figure-buckets.ts';

/** Events a month, in ranges: the workload's own volume for every cost the result shows. */
export const volume: Question<'volume', 'under-a-million' | 'millions' | 'tens-of-millions' | 'hundreds-of-millions' | 'billions'> = defineQuestion({
  id: 'volume',
  code: 'n',
  title: 'Volume',
  role: 'advice',
  figure: 'events',
  since: 3,
  before: { assume: 'unsure' },
  text: 'Roughly how many events, requests or messages does it handle in a month?',
  help: 'Count a busy but normal month. The answer sets the monthly cost on your result and in your decision record; it does not change the recommendation. An order of magnitude is enough, and you can type an exact figure on the result.',
  options: figureOptions('events', {
    'under-a-million': { code: 'a', span: [1e5, 1e6], sections: ['goals#cost'] },
    'millions': { code: 'b', span: [1e6, 1e7], sections: ['goals#cost'] },
    'tens-of-millions': { code: 'c', span: [1e7, 1e8], sections: ['goals#cost'] },
    'hundreds-of-millions': { code: 'd', span: [1e8, 1e9], sections: ['goals#cost', 'the-bill-that-is-not-compute#summary'] },
    'billions': { code: 'e', span: [1e9, 1e10], sections: ['goals#cost', 'the-bill-that-is-not-compute#summary'] },
  }),
  asked: {
    when: (a) => a.location !== 'on-premises',
    reason: 'Asked unless the workload runs on premises only, where no public price applies: it sets the costs the result shows.',
  },
  rules: [
    {
      id: 'volume-given',
      when: (a) => a.volume !== undefined && a.volume !== 'unsure' && a.volume !== 'not-asked',
      effect: { kind: 'note' },
      section: 'goals#cost',
    },
  ],
  warnings: [
    {
      id: 'bill-not-compute',
      when: (a) =>
        (a.goal === 'cost' || a.goal === 'both') &&
        (a.traffic === 'variable' || a.traffic === 'steady-high' || a.payload === 'large' || a.volume === 'hundreds-of-millions' || a.volume === 'billions'),
      section: 'the-bill-that-is-not-compute#price-per-request',
    },
  ],
});
