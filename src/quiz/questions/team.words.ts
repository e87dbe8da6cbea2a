/** The words of the team question's rules and warnings (team.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const teamWords: RuleWords = {
  'hybrid-without-operators': {
    says: 'One function platform in two places means someone runs the framework, its orchestrator and the machines on premises, which a team with little capacity cannot carry.',
  },
  'prefer-managed-little-capacity': {
    says: 'With little capacity to run infrastructure, servers would take time the team does not have; a managed platform takes that work.',
  },
  'prefer-servers-platform-team': {
    says: 'A platform team that already runs servers well can host this at a predictable cost and with full control.',
  },
  'prefer-managed-some-capacity': {
    says: 'With some capacity either could work; a managed platform keeps the operating load smaller, with your own servers a close second.',
  },
  'prefer-managed-by-default': {
    says: 'Team capacity is unknown, so the option that asks less of the team comes first.',
  },
  'own-machines-little-capacity': {
    says: 'Machines with a custom system are yours to patch and scale, and a team with little capacity for that needs help: a provider\'s managed instance groups or node pools, or a partner who runs them.',
    label: 'machines to run with little capacity',
    nextStep: 'Use the provider\'s managed instance groups or Kubernetes node pools with your own image, so patching and scaling are automated, and budget the on-call time.',
  },
  'hybrid-operators': {
    says: 'Your team can run the on-premises layers that one architecture in two places requires.',
  },
};
