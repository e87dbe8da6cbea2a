/** The words of the location question's rules and warnings (location.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const locationWords: RuleWords = {
  'on-premises-only': {
    says: 'On premises, functions mean installing and running a function framework yourself (antipattern No. 3), and public managed services are not available.',
  },
  'hybrid-exception': {
    says: 'One function platform on premises and in the cloud is the single case the article accepts, but on premises you still plan and run every layer.',
    label: 'running it in two places',
    nextStep: 'Name who runs the function framework and its cluster on premises, and cost that work.',
  },
  'hybrid-managed': {
    says: 'In two places, managed means a provider’s hybrid offering or a container platform both sites run, without a function framework on top.',
    label: 'a provider-run platform on premises',
    nextStep: 'Check which managed container platforms your provider can run on premises as well as in the cloud.',
  },
  'hybrid-servers': {
    says: 'You will operate the same stack in two places; leaving out a function framework keeps that to one layer less.',
    label: 'running it in two places',
    nextStep: 'Run the same container images in both places and keep the function framework out: one layer less to operate.',
  },
  'on-premises-capacity': {
    says: 'On premises you pay for the hardware whether it is busy or idle, and your team plans, runs and patches all of it.',
    label: 'you plan and run the capacity',
    nextStep: 'Budget your team’s time for running the servers; if that capacity is missing, plan for it before committing.',
  },
  'public-cloud': {
    says: 'In a public cloud, functions and managed back-end services are both on offer.',
  },
  'on-premises-faas': {
    says: 'A function framework on premises sits on an orchestrator, containers and an operating system that your team runs, on hardware you pay for whether it is busy or not.',
  },
  'hybrid-layers': {
    says: 'Running one architecture in two places is the one accepted reason for functions on premises, and it still means your team runs every layer there.',
  },
};
