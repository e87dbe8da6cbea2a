import { defineQuestion, type Question } from '../question.ts';

export const portability: Question<'portability', 'one-provider' | 'portable'> = defineQuestion({
  id: 'portability',
  code: 'v',
  title: 'Portability',
  role: 'advice',
  since: 2,
  before: { assume: 'one-provider' },
  text: 'Must this workload move between providers, or run on several?',
  help: 'Functions tie you to a provider through their triggers, permissions and the managed services around them more than through the code. Portability can be bought with containers, open event formats or an abstraction layer, but it costs effort and gives up some of what made functions attractive. Answer yes only for a real requirement, not a vague wish.',
  options: {
    'one-provider': { code: 'o', label: 'No, one provider is fine', hint: 'We accept its services and would price a move if it came.', sections: ['vendor-lock-in#decide'] },
    portable: { code: 'p', label: 'Yes, it must be portable', hint: 'Several clouds, or a cloud and our own data centre.', sections: ['vendor-lock-in#summary', 'vendor-lock-in#thin-seams'] },
  },
  asked: {
    when: (_a, { open }) => open('serverless'),
    reason: 'Asked while serverless functions are still possible; it adds the caveats and warnings that come with them.',
  },
  rules: [
    {
      id: 'portable-functions',
      when: (a) => a.portability === 'portable',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'vendor-lock-in#thin-seams',
    },
    {
      id: 'one-provider',
      when: (a) => a.portability === 'one-provider',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'vendor-lock-in#decide',
    },
  ],
  warnings: [
    {
      id: 'portability-premium',
      when: (a) => a.portability === 'portable',
      section: 'vendor-lock-in#premium',
    },
  ],
});
