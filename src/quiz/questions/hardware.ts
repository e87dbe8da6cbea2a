import { defineQuestion, type Question } from '../question.ts';
import { figure } from '../fact-figure.ts';
import lambdaMemory from '../../../content/facts/aws-lambda-memory-max.json?figure' with { type: 'json' };
import azureMemory from '../../../content/facts/azure-functions-flex-consumption-memory-max.json?figure' with { type: 'json' };
import cloudRunMemory from '../../../content/facts/google-cloud-run-functions-memory-max.json?figure' with { type: 'json' };
import lambdaPackage from '../../../content/facts/aws-lambda-deployment-package-max.json?figure' with { type: 'json' };
import lambdaImage from '../../../content/facts/aws-lambda-container-image-max.json?figure' with { type: 'json' };

export const hardware: Question<'hardware', 'standard' | 'accelerator' | 'large' | 'system'> = defineQuestion({
  id: 'hardware',
  code: 'h',
  title: 'Hardware and runtime',
  role: 'outcome',
  since: 2,
  before: { assume: 'standard' },
  text: 'Does it need hardware or a system that functions lack?',
  help: `Functions come in fixed sizes on an operating system the provider chooses: at most ${figure(lambdaMemory)} of memory on AWS Lambda, ${figure(azureMemory)} per instance on Azure Functions Flex Consumption and ${figure(cloudRunMemory)} on Cloud Run functions. Code is capped too (on Lambda ${figure(lambdaPackage)} unzipped, or ${figure(lambdaImage)} as a container image), and local disk is scratch space that can vanish between runs. GPUs point to containers, batch services or machines you choose, except on Azure, where functions hosted on Container Apps can use serverless GPUs; more than these sizes, a custom kernel or a disk that must outlast a run point there too.`,
  options: {
    standard: { code: 's', label: 'No, ordinary CPU and memory', sections: ['fit#size-limits'] },
    accelerator: { code: 'g', label: 'GPUs or other accelerators', hint: 'Model inference, training, video encoding.', sections: ['fit#servers', 'fit#managed'] },
    large: { code: 'l', label: 'More memory, CPU or code than functions allow', sections: ['fit#size-limits', 'fit#managed'] },
    system: { code: 'k', label: 'A custom kernel, or local disk that must outlast a run', sections: ['fit#servers'] },
  },
  asked: {
    when: (a) => a.location !== 'on-premises',
    reason: 'Asked unless the workload runs on premises only, where it lands on servers whatever hardware it needs.',
  },
  rules: [
    {
      // Azure runs functions on Container Apps with serverless GPUs; on the other
      // clouds GPUs come with containers, batch services and virtual machines.
      // The cloud question comes next; compared with === like every rule, so a
      // "Not sure" cloud matches nothing and the flow follows each cloud instead.
      id: 'needs-accelerator',
      when: (a) =>
        a.hardware === 'accelerator' && (a.cloud === 'aws' || a.cloud === 'google-cloud' || a.cloud === 'several' || a.cloud === 'undecided'),
      effect: { kind: 'rule-out', outcomes: ['serverless'] },
      section: 'fit#servers',
    },
    {
      id: 'gpu-functions-azure',
      when: (a) => a.hardware === 'accelerator' && a.cloud === 'azure',
      effect: { kind: 'caveat', outcome: 'serverless' },
      section: 'fit#managed',
    },
    {
      id: 'beyond-function-sizes',
      when: (a) => a.hardware === 'large',
      effect: { kind: 'rule-out', outcomes: ['serverless'] },
      section: 'fit#size-limits',
    },
    {
      id: 'custom-system',
      when: (a) => a.hardware === 'system',
      effect: { kind: 'rule-out', outcomes: ['serverless','managed'] },
      section: 'fit#servers',
    },
    {
      id: 'standard-hardware',
      when: (a) => a.hardware === 'standard',
      effect: { kind: 'note' },
      favours: 'serverless',
      section: 'fit#size-limits',
    },
  ],
});
