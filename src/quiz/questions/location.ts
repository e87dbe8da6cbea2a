import { defineQuestion, type Question } from '../question.ts';

export const location: Question<'location', 'cloud' | 'on-premises' | 'hybrid'> = defineQuestion({
  id: 'location',
  code: 'l',
  title: 'Where it runs',
  role: 'outcome',
  since: 1,
  text: 'Where does this workload have to run?',
  help: 'Functions and managed services are products of the public cloud. On premises, a function platform is software you install and run yourself, on top of a container orchestrator, containers and an operating system. Choose "both" only if the same application must run in both places with one architecture.',
  options: {
    cloud: { code: 'c', label: 'In a public cloud', sections: ['goals#faas-vs-baas'] },
    'on-premises': { code: 'p', label: 'On premises only', hint: 'Our own data centre or hardware we operate.', sections: ['on-premises-serverless#summary', 'on-premises-serverless#layers'] },
    hybrid: { code: 'b', label: 'Both, with one architecture', hint: 'The same application on premises and in the cloud.', sections: ['on-premises-serverless#hybrid'] },
  },
  asked: {
    when: () => true,
    reason: 'Always asked: on premises only settles the question on its own.',
  },
  rules: [
    {
      id: 'on-premises-only',
      when: (a) => a.location === 'on-premises',
      effect: { kind: 'rule-out', outcomes: ['serverless','managed'] },
      section: 'on-premises-serverless#summary',
    },
    {
      id: 'hybrid-exception',
      when: (a) => a.location === 'hybrid',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'on-premises-serverless#hybrid',
    },
    {
      id: 'hybrid-managed',
      when: (a) => a.location === 'hybrid',
      effect: { kind: 'caveat', outcome: 'managed' },
      section: 'on-premises-serverless#strip-a-layer',
    },
    {
      id: 'hybrid-servers',
      when: (a) => a.location === 'hybrid',
      effect: { kind: 'caveat', outcome: 'servers' },
      section: 'on-premises-serverless#strip-a-layer',
    },
    {
      id: 'on-premises-capacity',
      when: (a) => a.location === 'on-premises',
      effect: { kind: 'caveat', outcome: 'servers' },
      section: 'on-premises-serverless#hurts-cost',
    },
    {
      id: 'public-cloud',
      when: (a) => a.location === 'cloud',
      effect: { kind: 'note' },
      section: 'goals#faas-vs-baas',
    },
  ],
  warnings: [
    {
      id: 'on-premises-faas',
      functionsOnly: true,
      when: (a) => a.location === 'on-premises',
      section: 'on-premises-serverless#summary',
    },
    {
      id: 'hybrid-layers',
      functionsOnly: true,
      when: (a) => a.location === 'hybrid',
      section: 'on-premises-serverless#hybrid',
    },
  ],
});
