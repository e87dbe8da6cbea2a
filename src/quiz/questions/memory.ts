import { defineQuestion, type Question } from '../question.ts';
import { figureOptions } from '../figure-buckets.ts';

/** Memory per unit of work, in ranges: the workload's own size for every cost the result shows. */
export const memory: Question<'memory', 'light' | 'moderate' | 'heavy' | 'very-heavy'> = defineQuestion({
  id: 'memory',
  code: 'z',
  title: 'Memory',
  role: 'advice',
  figure: 'MB',
  since: 3,
  before: { assume: 'unsure' },
  text: 'How much memory does one unit of work need?',
  help: 'What one run needs at its peak, runtime included. On most function platforms memory also buys CPU, so a function is often given more memory than it uses to run faster; count what you would configure. It sets the costs on your result.',
  options: figureOptions('MB', {
    'light': { code: 'a', span: [128, 512], sections: ['goals#cost'] },
    'moderate': { code: 'b', span: [512, 2048], sections: ['goals#cost'] },
    'heavy': { code: 'c', span: [2048, 10_240], sections: ['goals#cost', 'fit#size-limits'] },
    'very-heavy': { code: 'd', span: [10_240, 32_768], sections: ['fit#size-limits'] },
  }),
  asked: {
    when: (a) => a.location !== 'on-premises',
    reason: 'Asked unless the workload runs on premises only, where no public price applies: it sets the costs the result shows.',
  },
  rules: [
    {
      id: 'memory-given',
      when: (a) => a.memory !== undefined && a.memory !== 'unsure' && a.memory !== 'not-asked',
      effect: { kind: 'note' },
      section: 'goals#cost',
    },
  ],
});
