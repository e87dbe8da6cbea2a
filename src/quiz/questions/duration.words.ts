/** The words of the duration question's rules and warnings (duration.ts), by id. */
import type { RuleWords } from '../question.ts';
import { figure } from '../fact-figure.ts';
import lambdaTimeout from '../../../content/facts/aws-lambda-timeout-max.json?figure' with { type: 'json' };
import managedInstancesTimeout from '../../../content/facts/aws-lambda-managed-instances-timeout.json?figure' with { type: 'json' };
import cloudRunEventTimeout from '../../../content/facts/google-cloud-run-functions-timeout-event.json?figure' with { type: 'json' };
import cloudRunHttpTimeout from '../../../content/facts/google-cloud-run-functions-timeout-http.json?figure' with { type: 'json' };

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const durationWords: RuleWords = {
  'beyond-time-limits': {
    says: `A unit of work that can outrun the plan's limit (${figure(lambdaTimeout)} on on-demand Lambda, ${figure(managedInstancesTimeout)} on Managed Instances, ${figure(cloudRunEventTimeout)} or ${figure(cloudRunHttpTimeout)} on Cloud Run functions) is cut off; plans without a cap still stop work when they scale in.`,
  },
  'near-time-limits': {
    says: 'Close to the ceiling of the plan you use, a slow dependency or a larger input tips a run into a timeout.',
    label: 'timeouts',
    nextStep: 'Split each unit of work into smaller steps, or plan where it goes when it outgrows the time limit.',
  },
  'short-runs': {
    says: 'Each unit finishes in seconds, far from any platform time limit.',
  },
  'batch-timeouts': {
    says: 'A batch that runs close to the time limit will cross it as the backlog grows; the run is cut off and has to be retried or repaired.',
  },
  'split-across-invocations': {
    says: 'Work longer than your plan lets one invocation run tempts teams to split it across functions that re-invoke themselves and track progress in a table; an orchestration service or a container does that job properly.',
  },
};
