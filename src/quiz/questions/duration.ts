import { defineQuestion, type Question } from '../question.ts';
import { figure } from '../fact-figure.ts';
import lambdaTimeout from '../../../content/facts/aws-lambda-timeout-max.json?figure' with { type: 'json' };
import azureTimeout from '../../../content/facts/azure-functions-timeout-consumption.json?figure' with { type: 'json' };
import cloudRunTimeout from '../../../content/facts/google-cloud-run-functions-timeout-event.json?figure' with { type: 'json' };

export const duration: Question<'duration', 'short' | 'near-limit' | 'beyond-limit'> = defineQuestion({
  id: 'duration',
  code: 'd',
  title: 'How long one unit runs',
  role: 'outcome',
  since: 1,
  text: 'How long does one unit of work take, compared with the time limits of function platforms?',
  help: `Most function platforms stop an invocation after a fixed time, and the ceiling depends on the product and plan: ${figure(lambdaTimeout)} on AWS Lambda, ${figure(azureTimeout)} on the Azure Functions Consumption plan and ${figure(cloudRunTimeout)} for event-driven Cloud Run functions. (Azure's Flex Consumption, Premium and Dedicated plans enforce no maximum, but an HTTP response still has to come back in time.) Think of the slowest realistic case, not the average: a batch that grows with its backlog grows towards the limit.`,
  options: {
    short: { code: 's', label: 'Seconds, well within the limits', sections: ['fit#limits'] },
    'near-limit': { code: 'n', label: 'Minutes, close to the limits', hint: `Approaching ${figure(lambdaTimeout)} (Lambda), ${figure(azureTimeout)} (Azure Consumption) or ${figure(cloudRunTimeout)} (Cloud Run events).`, sections: ['fit#time-limits', 'batch-jobs-on-a-timer#timeouts'] },
    'beyond-limit': { code: 'b', label: 'Longer, or no upper bound', sections: ['fit#time-limits'] },
  },
  asked: {
    when: (_a, { open }) => open('serverless'),
    reason: 'Asked while serverless functions are still possible; it decides whether they fit.',
  },
  rules: [
    {
      id: 'beyond-time-limits',
      when: (a) => a.duration === 'beyond-limit',
      effect: { kind: 'rule-out', outcomes: ['serverless'] },
      section: 'fit#time-limits',
    },
    {
      id: 'near-time-limits',
      when: (a) => a.duration === 'near-limit',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'fit#time-limits',
    },
    {
      id: 'short-runs',
      when: (a) => a.duration === 'short',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'fit#limits',
    },
  ],
  warnings: [
    {
      id: 'batch-timeouts',
      functionsOnly: true,
      when: (a) => a.arrival === 'timer-batches' && (a.duration === 'near-limit' || a.duration === 'beyond-limit'),
      section: 'batch-jobs-on-a-timer#timeouts',
    },
    {
      id: 'split-across-invocations',
      functionsOnly: true,
      when: (a) => a.duration === 'beyond-limit' && (a.arrival === 'per-event' || a.arrival === 'stream' || a.arrival === 'timer-batches'),
      section: 'hand-built-orchestration#time-limit',
    },
  ],
});
