import { defineQuestion, type Question } from '../question.ts';

export const goal: Question<'goal', 'operations' | 'cost' | 'both' | 'neither'> = defineQuestion({
  id: 'goal',
  code: 'g',
  title: 'Goal',
  role: 'outcome',
  since: 1,
  text: 'What do you want serverless to give you for this workload?',
  help: 'Serverless earns its keep in two ways: the provider runs and scales the platform so your team can focus on the business logic, and you pay for work done rather than for idle capacity. Pick the one you would measure success by. If neither is the real reason, for example a mandate, a trend or habit, say so: the quiz then checks what to run instead.',
  options: {
    operations: { code: 'o', label: 'Simpler operations', hint: 'Someone else provisions, patches and scales.', sections: ['goals#operations'] },
    cost: { code: 'c', label: 'Lower cost', hint: 'Pay for use, not for idle capacity.', sections: ['goals#cost'] },
    both: { code: 'b', label: 'Both', sections: ['goals#operations', 'goals#cost', 'goals#choosing'] },
    neither: { code: 'n', label: 'Neither, really', hint: 'For example a compliance rule, a mandate or habit.', sections: ['goals#neither'] },
  },
  asked: {
    when: () => true,
    reason: 'Always asked: the goal is what serverless has to deliver.',
  },
  rules: [
    {
      id: 'goal-neither',
      when: (a) => a.goal === 'neither',
      effect: { kind: 'rule-out', outcomes: ['serverless'] },
      section: 'goals#neither',
    },
    {
      id: 'prefer-managed-for-operations',
      when: (a) => a.goal === 'operations',
      effect: { kind: 'prefer', outcome: 'managed', boundary: false },
      section: 'goals#operations',
    },
    {
      id: 'goal-operations',
      when: (a) => a.goal === 'operations',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'goals#operations',
    },
    {
      id: 'goal-cost',
      when: (a) => a.goal === 'cost',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'goals#cost',
    },
    {
      id: 'goal-both',
      when: (a) => a.goal === 'both',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'goals#choosing',
    },
  ],
});
