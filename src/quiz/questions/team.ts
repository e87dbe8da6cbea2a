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
      says: 'One function platform in two places means someone runs the framework, its orchestrator and the machines on premises, which a team with little capacity cannot carry.',
    },
    {
      id: 'prefer-managed-little-capacity',
      when: (a) => a.team === 'little',
      effect: { kind: 'prefer', outcome: 'managed', boundary: false },
      section: 'fit#managed',
      says: 'With little capacity to run infrastructure, servers would take time the team does not have; a managed platform takes that work.',
    },
    {
      id: 'prefer-servers-platform-team',
      when: (a) => a.team === 'platform',
      effect: { kind: 'prefer', outcome: 'servers', boundary: false },
      section: 'fit#servers',
      says: 'A platform team that already runs servers well can host this at a predictable cost and with full control.',
    },
    {
      id: 'prefer-managed-some-capacity',
      when: (a) => a.team === 'some',
      effect: { kind: 'prefer', outcome: 'managed', boundary: true },
      section: 'fit#managed',
      says: 'With some capacity either could work; a managed platform keeps the operating load smaller, with your own servers a close second.',
    },
    {
      id: 'prefer-managed-by-default',
      when: () => true,
      effect: { kind: 'prefer', outcome: 'managed', boundary: true },
      section: 'fit#managed',
      says: 'Team capacity is unknown, so the option that asks less of the team comes first.',
    },
    {
      id: 'own-machines-little-capacity',
      when: (a) => a.hardware === 'system' && a.team === 'little' && (a.location === 'cloud' || a.location === 'hybrid'),
      effect: { kind: 'caveat', outcome: 'servers' },
      section: 'fit#servers',
      says: 'Machines with a custom system are yours to patch and scale, and a team with little capacity for that needs help: a provider\'s managed instance groups or node pools, or a partner who runs them.',
      label: 'machines to run with little capacity',
      nextStep: 'Use the provider\'s managed instance groups or Kubernetes node pools with your own image, so patching and scaling are automated, and budget the on-call time.',
    },
    {
      id: 'hybrid-operators',
      when: (a) => a.location === 'hybrid' && (a.team === 'some' || a.team === 'platform'),
      effect: { kind: 'note' },
      section: 'on-premises-serverless#layers',
      says: 'Your team can run the on-premises layers that one architecture in two places requires.',
    },
  ],
});
