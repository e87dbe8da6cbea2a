/** The words of the portability question's rules and warnings (portability.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const portabilityWords: RuleWords = {
  'portable-functions': {
    says: 'Functions bind you to a provider through triggers, permissions and services; staying portable is possible, but it is work you plan and pay for.',
    label: 'the cost of portability',
    nextStep: 'Keep business logic in plain code behind thin adapters for triggers and services, prefer containers and open formats such as CloudEvents, and budget the extra work.',
  },
  'one-provider': {
    says: 'Staying with one provider lets you use its managed services fully; write down what a move would cost so the choice is on record.',
  },
  'portability-premium': {
    says: 'Portability is a requirement with a price: the abstraction layers and the managed services you forgo cost effort every month, so cost it against what a move would really cost.',
  },
};
