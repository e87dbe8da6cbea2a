/**
 * Every rule changed by the December 2026 audit (docs/rules-audit-2026-12.md,
 * /changes/), each as the workload it is about and the provider documents
 * behind it: the registry facts must exist, be checked against a current
 * source, and still say what the rule relies on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decide, type Answers } from '../../../src/quiz/index.ts';
import { ruleText } from '../../../src/quiz/evaluate.ts';
import { wordsOf } from '../../../src/quiz/rule-words.ts';
import { allWarnings, completeRun } from './support.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A registry fact, which must be checked (not unverified) and whose claim must mention `needle`. */
function fact(id: string, needle: RegExp): void {
  const data = JSON.parse(readFileSync(`${root}content/facts/${id}.json`, 'utf8')) as { claim: string; checked?: string };
  expect(data.checked, `${id} is checked against a current source`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(data.claim, id).toMatch(needle);
}

const gpuInference: Answers = { goal: 'operations', location: 'cloud', hardware: 'accelerator', arrival: 'per-event', duration: 'short', state: 'stateless', traffic: 'spiky', latency: 'interactive', team: 'little' };

describe('rules changed in edition 3', () => {
  it('per-event model inference on a GPU, on Azure: functions stay open, caveated (Azure Functions on Container Apps with serverless GPUs)', () => {
    fact('azure-functions-container-apps-hosting', /serverless GPUs/);
    fact('azure-container-apps-gpu-types', /GPU/);
    const d = decide(completeRun({ ...gpuInference, cloud: 'azure' }));
    expect(d.outcome).toBe('serverless');
    expect(d.caveats.map((c) => c.id)).toContain('gpu-functions-azure');
    expect(d.ruledOut).not.toContain('serverless');
  });

  it('the same workload on AWS, on Google Cloud, across several clouds or with no cloud chosen: functions are out (no GPU on Lambda or Cloud Run functions)', () => {
    fact('aws-batch-gpu', /GPU/);
    fact('google-cloud-run-gpu', /GPU/);
    for (const cloud of ['aws', 'google-cloud', 'several', 'undecided'] as const) {
      const d = decide(completeRun({ ...gpuInference, cloud }));
      expect(d.outcome, cloud).toBe('managed');
      expect(d.ruledOut, cloud).toContain('serverless');
      expect(d.trace.find((l) => l.question === 'hardware')?.rule.id, cloud).toBe('needs-accelerator');
    }
    expect(ruleText('needs-accelerator').explanation).toMatch(/Only on Azure/);
  });

  it('per-event work that runs for minutes is not warned about batches on a timer; a timer batch is', () => {
    fact('aws-lambda-timeout-max', /15 minutes/);
    const perEvent = decide(completeRun({ goal: 'cost', location: 'cloud', hardware: 'standard', cloud: 'aws', arrival: 'per-event', duration: 'near-limit' }));
    expect(allWarnings(perEvent).map((w) => w.id)).not.toContain('batch-timeouts');
    const batch = decide(completeRun({ goal: 'cost', location: 'cloud', hardware: 'standard', cloud: 'aws', arrival: 'timer-batches', duration: 'near-limit' }));
    expect(allWarnings(batch).map((w) => w.id)).toContain('batch-timeouts');
  });

  it('the time-limit rule names each plan’s limit from the registry (on-demand Lambda, Managed Instances, Cloud Run functions)', () => {
    fact('aws-lambda-managed-instances-timeout', /90 minutes/);
    fact('google-cloud-run-functions-timeout-http', /60 minutes/);
    const says = wordsOf('beyond-time-limits')?.says ?? '';
    expect(says).toContain('15 minutes');
    expect(says).toContain('90 minutes');
    expect(says).toContain('60 minutes');
  });

  it('steady, high load names capacity billed per instance, which each provider now offers for functions-like work', () => {
    fact('aws-lambda-managed-instances-pricing', /EC2|instance/i);
    fact('google-cloud-run-billing-settings', /instance/i);
    expect(wordsOf('steady-load-cost')?.says).toMatch(/Lambda Managed Instances/);
  });
});
