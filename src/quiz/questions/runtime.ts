import { defineQuestion, type Question } from '../question.ts';
import { figureOptions } from '../figure-buckets.ts';

/** Time per event, in ranges: the workload's own run time for every cost the result shows. */
export const runtime: Question<'runtime', 'instant' | 'sub-second' | 'seconds' | 'tens-of-seconds' | 'minutes'> = defineQuestion({
  id: 'runtime',
  code: 'x',
  title: 'Time per event',
  role: 'advice',
  figure: 'ms',
  since: 3,
  before: { assume: 'unsure' },
  text: 'On average, how long does handling one event take?',
  help: 'The usual wall-clock time of one unit of work, waiting on databases and APIs included: functions bill that time whether the code computes or waits. The earlier question on time limits was about the slowest case; this one is about the typical one, and it sets the costs on your result.',
  options: figureOptions('ms', {
    'instant': { code: 'a', span: [10, 100], sections: ['goals#cost'] },
    'sub-second': { code: 'b', span: [100, 1000], sections: ['goals#cost'] },
    'seconds': { code: 'c', span: [1000, 10_000], sections: ['goals#cost'] },
    'tens-of-seconds': { code: 'd', span: [10_000, 60_000], sections: ['goals#cost', 'synchronous-function-chains#summary'] },
    minutes: { code: 'e', span: [60_000, 900_000], sections: ['goals#cost', 'fit#time-limits'] },
  }),
  asked: {
    when: (a) => a.location !== 'on-premises',
    reason: 'Asked unless the workload runs on premises only, where no public price applies: it sets the costs the result shows.',
  },
  rules: [
    {
      id: 'runtime-given',
      when: (a) => a.runtime !== undefined && a.runtime !== 'unsure' && a.runtime !== 'not-asked',
      effect: { kind: 'note' },
      section: 'goals#cost',
    },
  ],
});
