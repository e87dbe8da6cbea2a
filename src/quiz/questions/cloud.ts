import { defineQuestion, type Question } from '../question.ts';

/**
 * The team's cloud: platforms, limits, prices and examples follow it. It
 * decides only for work that needs GPUs, where one provider runs functions
 * with serverless GPUs (the needs-accelerator rule in hardware.ts).
 */
export const cloud: Question<'cloud', 'aws' | 'azure' | 'google-cloud' | 'several' | 'undecided'> = defineQuestion({
  id: 'cloud',
  code: 'y',
  title: 'Your cloud',
  role: 'advice',
  decidesWhen: (a) => a.hardware === 'accelerator',
  since: 3,
  before: { assume: 'undecided' },
  text: 'Which public cloud will this workload run on?',
  help: 'The platforms, limits and prices on your result follow this answer, and the other providers fold away. Pick the one your team already runs on, if any: the accounts, skills and support contracts you have count for more than a small difference in list price.',
  options: {
    aws: { code: 'a', label: 'Amazon Web Services', sections: ['fit#limits'] },
    azure: { code: 'z', label: 'Microsoft Azure', sections: ['fit#limits'] },
    'google-cloud': { code: 'g', label: 'Google Cloud', sections: ['fit#limits'] },
    several: { code: 's', label: 'More than one of them', hint: 'The same workload on two or more providers.', sections: ['vendor-lock-in#summary'] },
    undecided: { code: 'n', label: 'Not chosen yet', sections: ['fit#limits'] },
  },
  asked: {
    when: (a) => a.location !== 'on-premises',
    reason: 'Asked unless the workload runs on premises only: the platforms, limits and prices shown follow it, and for work on GPUs it decides whether functions can take it.',
  },
  rules: [
    {
      id: 'one-cloud-chosen',
      when: (a) => a.cloud === 'aws' || a.cloud === 'azure' || a.cloud === 'google-cloud',
      effect: { kind: 'note' },
      section: 'fit#limits',
    },
    {
      id: 'cloud-undecided',
      when: (a) => a.cloud === 'undecided',
      effect: { kind: 'note' },
      section: 'fit#limits',
    },
    {
      id: 'several-clouds',
      when: (a) => a.cloud === 'several',
      effect: { kind: 'note' },
      section: 'vendor-lock-in#summary',
    },
  ],
});
