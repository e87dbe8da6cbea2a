import { defineQuestion, type Question } from '../question.ts';

export const traffic: Question<'traffic', 'spiky' | 'variable' | 'steady-high'> = defineQuestion({
  id: 'traffic',
  code: 't',
  title: 'Traffic shape',
  role: 'outcome',
  since: 1,
  text: 'What does the load look like over a typical day or week?',
  help: 'Paying per invocation is cheapest when the workload is idle much of the time, because on plans that scale to zero idle time costs nothing. When the load never drops, always-on capacity is often cheaper per unit of work, and a managed platform gives the same hands-off scaling.',
  options: {
    spiky: { code: 's', label: 'Spiky, or idle most of the time', sections: ['fit#good-fits', 'goals#cost'] },
    variable: { code: 'v', label: 'Variable, but never idle', sections: ['goals#cost'] },
    'steady-high': { code: 'h', label: 'Steady and high around the clock', sections: ['goals#cost', 'fit#outgrown'] },
  },
  asked: {
    when: (_a, { open }) => open('serverless'),
    reason: 'Asked while serverless functions are still possible; it decides whether they fit.',
  },
  rules: [
    {
      id: 'steady-load-cost',
      when: (a) => a.traffic === 'steady-high' && (a.goal === 'cost' || a.goal === 'both'),
      effect: { kind: 'rule-out', outcomes: ['serverless'] },
      section: 'goals#cost',
    },
    {
      id: 'steady-load-operations',
      when: (a) => a.traffic === 'steady-high' && a.goal === 'operations',
      effect: { kind: 'rule-out', outcomes: ['serverless'] },
      section: 'fit#managed',
    },
    {
      id: 'cost-at-baseline',
      when: (a) => a.traffic === 'variable' && (a.goal === 'cost' || a.goal === 'both'),
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'goals#cost',
    },
    {
      id: 'spiky-load',
      when: (a) => a.traffic === 'spiky',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'fit#good-fits',
    },
  ],
});
