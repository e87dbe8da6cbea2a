import { defineQuestion, type Question } from '../question.ts';
import { figure } from '../fact-figure.ts';
import lambdaSync from '../../../content/facts/aws-lambda-payload-sync.json?figure' with { type: 'json' };
import lambdaAsync from '../../../content/facts/aws-lambda-payload-async.json?figure' with { type: 'json' };
import azureRequest from '../../../content/facts/azure-functions-flex-consumption-request-size-max.json?figure' with { type: 'json' };
import cloudRunRequest from '../../../content/facts/google-cloud-run-functions-request-size-max.json?figure' with { type: 'json' };
import cloudRunEvent from '../../../content/facts/google-cloud-run-functions-event-size-max.json?figure' with { type: 'json' };

export const payload: Question<'payload', 'small' | 'large'> = defineQuestion({
  id: 'payload',
  code: 'p',
  title: 'Data per event',
  role: 'advice',
  since: 2,
  before: { assume: 'small' },
  text: 'How much data does one event or request carry?',
  help: `Each platform caps what one invocation can carry: on AWS Lambda ${figure(lambdaSync)} for a synchronous call and ${figure(lambdaAsync)} for an asynchronous one; on Azure Functions ${figure(azureRequest)} per HTTP request; on Cloud Run functions ${figure(cloudRunRequest)} per HTTP request and ${figure(cloudRunEvent)} per Eventarc event. Queues and event buses have caps of their own. Count the largest realistic file or body, not the typical one.`,
  options: {
    small: { code: 's', label: 'Small messages', hint: 'Well inside those limits.', sections: ['fit#size-limits'] },
    large: { code: 'l', label: 'Large files or bodies', hint: 'Close to the limits or beyond them.', sections: ['fit#size-limits'] },
  },
  asked: {
    when: (_a, { open }) => open('serverless'),
    reason: 'Asked while serverless functions are still possible; it adds the caveats and warnings that come with them.',
  },
  rules: [
    {
      id: 'large-payload',
      when: (a) => a.payload === 'large',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'fit#size-limits',
    },
    {
      id: 'small-payload',
      when: (a) => a.payload === 'small',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'fit#size-limits',
    },
  ],
});
