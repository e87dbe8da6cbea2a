import { defineQuestion, type Question } from '../question.ts';

export const team: Question<'team', 'little' | 'some' | 'platform'> = defineQuestion({
  id: 'team',
  code: 'o',
  title: 'Team capacity',
  role: 'outcome',
  since: 1,
  text: 'How much capacity does your team have to run infrastructure?',
  help: 'Running servers means patching, scaling, capacity planning and being on call for all of it. Be honest about the time your team has for that next to building the product. A platform team that already runs such systems well changes the picture.',
  options: {
    little: { code: 'l', label: 'Little or none', sections: ['fit#managed'] },
    some: { code: 's', label: 'Some', sections: ['fit#managed', 'fit#servers'] },
    platform: { code: 'p', label: 'A platform team that already runs it well', sections: ['fit#servers'] },
  },
  asked: {
    // Team capacity chooses between managed services and servers (unless the
    // goal already says "let someone else run it"), and decides whether a team
    // can carry functions in two places.
    when: (a, { open }) =>
      a.location !== 'on-premises' && (!open('serverless') ? a.goal !== 'operations' || !open('managed') : a.location === 'hybrid'),
    reason: 'Asked when functions are out and the goal does not already favour managed services, when only your own machines fit, or when the workload must run in two places.',
  },
  rules: [
    {
      id: 'hybrid-without-operators',
      when: (a) => a.location === 'hybrid' && a.team === 'little',
      effect: { kind: 'rule-out', outcomes: ['serverless'] },
      section: 'on-premises-serverless#layers',
    },
    {
      id: 'prefer-managed-little-capacity',
      when: (a) => a.team === 'little',
      effect: { kind: 'prefer', outcome: 'managed', boundary: false },
      section: 'fit#managed',
    },
    {
      id: 'prefer-servers-platform-team',
      when: (a) => a.team === 'platform',
      effect: { kind: 'prefer', outcome: 'servers', boundary: false },
      section: 'fit#servers',
    },
    {
      id: 'prefer-managed-some-capacity',
      when: (a) => a.team === 'some',
      effect: { kind: 'prefer', outcome: 'managed', boundary: true },
      section: 'fit#managed',
    },
    {
      id: 'prefer-managed-by-default',
      when: () => true,
      effect: { kind: 'prefer', outcome: 'managed', boundary: true },
      section: 'fit#managed',
    },
    {
      id: 'own-machines-little-capacity',
      when: (a) => a.hardware === 'system' && a.team === 'little' && (a.location === 'cloud' || a.location === 'hybrid'),
      effect: { kind: 'caveat', outcome: 'servers' },
      section: 'fit#servers',
    },
    {
      id: 'hybrid-operators',
      when: (a) => a.location === 'hybrid' && (a.team === 'some' || a.team === 'platform'),
      effect: { kind: 'note' },
      section: 'on-premises-serverless#layers',
    },
  ],
});
