/** The words of the cloud question's rules and warnings (cloud.ts), by id. */
import type { RuleWords } from '../question.ts';

export const cloudWords: RuleWords = {
  'one-cloud-chosen': {
    says: 'Platforms, limits and prices below are for your provider first; the others are folded away.',
  },
  'cloud-undecided': {
    says: 'With no cloud chosen yet, platforms and limits are shown for every provider, and where they differ the strictest counts.',
  },
  'several-clouds': {
    says: 'Across several providers, each one’s limits apply where it runs, so the result uses the strictest of them.',
  },
};
