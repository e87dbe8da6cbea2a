/** The words of the workflow question's rules and warnings (workflow.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const workflowWords: RuleWords = {
  'waiting-chain': {
    says: 'On plans with one request per instance, a function that calls the next and waits is billed for the wait, holds a second instance, and fails when anything below it fails.',
    label: 'chains of waiting functions',
    nextStep: 'Hand work between steps through a queue or an orchestrator; keep a synchronous call only where the caller needs the answer now.',
  },
  'long-workflow': {
    says: 'Functions fit the steps of a long workflow, not the waiting between them; an orchestration service keeps its state, timers and retries.',
    label: 'an orchestrator for the long workflow',
    nextStep: 'Put the steps, waits and retries in an orchestration service (AWS Step Functions or Lambda durable functions, Azure Durable Functions, Google Cloud Workflows) and keep each function to one step.',
  },
  'one-step': {
    says: 'One step per event is the shape functions are built for: nothing waits on anything else.',
  },
  'fan-out': {
    says: 'Fanning out suits functions, one invocation per part; gather the results through a queue or an orchestrator’s parallel step, and cap the concurrency the fan-out creates.',
  },
  'synchronous-chain': {
    says: 'Functions that call other functions and wait pay twice for the same seconds, multiply the concurrency one request needs, and turn any failure below into a failure above.',
  },
  'hand-built-orchestration': {
    says: 'Waits, retries and approvals written into function code make you the owner of a home-made workflow engine, billed while it waits and cut off by the time limit.',
  },
};
