/** The words of the permissions question's rules and warnings (permissions.ts), by id. */
import type { RuleWords } from '../question.ts';

export const permissionsWords: RuleWords = {
  'least-privilege': {
    says: 'Each function holds only the rights its code uses and reads its secrets at run time, so a flaw in one reaches little else.',
  },
  'broad-identity': {
    says: 'With one broad identity, every function can reach what any of them can, so a flaw in one is a flaw in all.',
  },
  'functions-too-much': {
    says: 'A shared, broad identity or secrets in environment variables turn one function’s flaw into access to everything the application can reach.',
  },
  'untrusted-input-broad-role': {
    says: 'The function that parses outside input should be the one that can reach the least; with a shared, broad identity it can reach the most.',
  },
};
