import { defineQuestion, type Question } from '../question.ts';

export const state: Question<'state', 'stateless' | 'managed-data' | 'own-data-layer'> = defineQuestion({
  id: 'state',
  code: 's',
  title: 'Where state lives',
  role: 'outcome',
  since: 1,
  text: 'Where does the state this workload depends on live?',
  help: 'Functions keep nothing between invocations, so any state lives somewhere else. A managed data service that scales with demand keeps the serverless benefits. If you would have to build and run a data layer yourself, such as a connection-pool service in front of your database, you are back to the fixed costs and operations you wanted to avoid.',
  options: {
    stateless: { code: 'n', label: 'None, or only within a request', sections: ['fit#state-limits'] },
    'managed-data': { code: 'm', label: 'In a managed data service', hint: 'Object storage, a managed database that scales elastically, managed pub/sub.', sections: ['database-dependency#managed-data'] },
    'own-data-layer': { code: 'o', label: 'In a data layer we would build and run', hint: 'For example a connection-pool service in front of our database.', sections: ['database-dependency#own-data-layer'] },
  },
  asked: {
    when: (_a, { open }) => open('serverless'),
    reason: 'Asked while serverless functions are still possible; it decides whether they fit.',
  },
  rules: [
    {
      id: 'own-data-layer',
      when: (a) => a.state === 'own-data-layer',
      effect: { kind: 'rule-out', outcomes: ['serverless'] },
      section: 'database-dependency#own-data-layer',
    },
    {
      id: 'stateless',
      when: (a) => a.state === 'stateless',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'fit#state-limits',
    },
    {
      id: 'managed-data',
      when: (a) => a.state === 'managed-data',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'database-dependency#managed-data',
    },
  ],
  warnings: [
    {
      id: 'data-layer-you-run',
      functionsOnly: true,
      when: (a) => a.state === 'own-data-layer',
      section: 'database-dependency#own-data-layer',
    },
  ],
});
