import { defineQuestion, type Question } from '../question.ts';

/** What each function may do, and where its secrets live. */
export const permissions: Question<'permissions', 'scoped' | 'shared' | 'untrusted'> = defineQuestion({
  id: 'permissions',
  code: 'i',
  title: 'Permissions and secrets',
  role: 'advice',
  since: 3,
  before: 'not-asked',
  text: 'What may each function do, and where do its secrets live?',
  help: 'The platform keeps functions apart, but each one can do whatever its identity allows. One role or service account shared by every function, secrets in environment variables, or a function that parses uploaded files with the same rights as the one that takes payments lets one flaw reach everything.',
  options: {
    scoped: { code: 's', label: 'Each its own identity, allowed only what its code uses', hint: 'One role or service account per function; secrets in a secret store.', sections: ['functions-that-can-do-too-much#identity-per-function'] },
    shared: { code: 'h', label: 'One identity for all, or secrets in environment variables', hint: 'The quickest way to start.', sections: ['functions-that-can-do-too-much#blast-radius', 'functions-that-can-do-too-much#secret-store'] },
    untrusted: { code: 'x', label: 'Shared or broad, and some functions parse outside input', hint: 'Uploads, webhooks, templates, user or AI-written code.', sections: ['functions-that-can-do-too-much#untrusted-input', 'functions-that-can-do-too-much#small-box'] },
  },
  asked: {
    when: (_a, { open }) => open('serverless'),
    reason: 'Asked while functions are still possible: each function runs with its own identity, or with everyone’s.',
  },
  rules: [
    {
      id: 'broad-identity',
      when: (a) => a.permissions === 'shared' || a.permissions === 'untrusted',
      effect: { kind: 'note' },
      section: 'functions-that-can-do-too-much#blast-radius',
    },
    {
      id: 'least-privilege',
      when: (a) => a.permissions === 'scoped',
      effect: { kind: 'note' },
      section: 'functions-that-can-do-too-much#identity-per-function',
    },
  ],
  warnings: [
    {
      id: 'functions-too-much',
      functionsOnly: true,
      when: (a) => a.permissions === 'shared',
      section: 'functions-that-can-do-too-much#blast-radius',
    },
    {
      id: 'untrusted-input-broad-role',
      functionsOnly: true,
      when: (a) => a.permissions === 'untrusted',
      section: 'functions-that-can-do-too-much#untrusted-input',
    },
  ],
});
