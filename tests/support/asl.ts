/**
 * Checks for Amazon States Language samples: the asl-validator package
 * (the definition is a valid state machine), and the retry guidance of the
 * AWS Step Functions developer guide, which the validator does not know:
 * - "Handle Lambda service exceptions" (bp-lambda-serviceexception.html):
 *   every task that invokes Lambda retries Lambda's transient service
 *   errors;
 * - "Handling errors in Step Functions workflows" (concepts-error-handling.html):
 *   a retrier sets MaxAttempts and BackoffRate (growing intervals), and
 *   JitterStrategy FULL so that many executions failing together do not
 *   retry in step.
 */
import validate from 'asl-validator';

/** asl-validator's findings, one line each; [] when the definition is valid. */
export function aslErrors(definition: unknown): string[] {
  // The validator writes default QueryLanguage fields into what it is given.
  const result = validate(structuredClone(definition));
  return result.isValid ? [] : result.errors.map((e) => `${e['Error code']}: ${e.Message}`);
}

/** The transient Lambda errors the best-practice page's retrier lists. */
export const LAMBDA_SERVICE_ERRORS = [
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
] as const;

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every state of a definition with its path, nested Parallel branches and Map processors included. */
function statesOf(machine: Json, prefix = ''): { path: string; state: Json }[] {
  if (!isRecord(machine.States)) return [];
  return Object.entries(machine.States).flatMap(([name, state]) => {
    if (!isRecord(state)) return [];
    const path = `${prefix}${name}`;
    const nested = [
      ...(Array.isArray(state.Branches) ? state.Branches.filter(isRecord).flatMap((b, i) => statesOf(b, `${path}.Branches[${i}].`)) : []),
      ...(isRecord(state.ItemProcessor) ? statesOf(state.ItemProcessor, `${path}.ItemProcessor.`) : []),
      ...(isRecord(state.Iterator) ? statesOf(state.Iterator, `${path}.Iterator.`) : []),
    ];
    return [{ path, state }, ...nested];
  });
}

/** A Task whose Resource is the Lambda service integration or a function ARN. */
function invokesLambda(state: Json): boolean {
  const resource = typeof state.Resource === 'string' ? state.Resource : '';
  return /^arn:aws[\w-]*:states:::lambda:invoke(\.|$)/.test(resource) || /^arn:aws[\w-]*:lambda:/.test(resource);
}

/** Where a definition departs from the retry guidance, one line each; [] when it follows it. */
export function retryGuidanceErrors(definition: Json): string[] {
  const errors: string[] = [];
  for (const { path, state } of statesOf(definition)) {
    if (state.Type !== 'Task') continue;
    const retriers = (Array.isArray(state.Retry) ? state.Retry : []).filter(isRecord);
    // MaxAttempts 0 switches retries off for those errors: nothing to pace.
    const active = retriers.filter((r) => r.MaxAttempts !== 0);
    for (const r of active) {
      const at = `${path}: Retry[${retriers.indexOf(r)}]`;
      if (typeof r.MaxAttempts !== 'number') errors.push(`${at} leaves MaxAttempts to the default; state how many attempts`);
      if (typeof r.BackoffRate !== 'number' || r.BackoffRate <= 1) errors.push(`${at} needs a BackoffRate above 1, so intervals grow`);
      if (r.JitterStrategy !== 'FULL') errors.push(`${at} needs "JitterStrategy": "FULL"`);
    }
    if (invokesLambda(state)) {
      const covered = active.some((r) => {
        const names = Array.isArray(r.ErrorEquals) ? r.ErrorEquals : [];
        return names.includes('States.ALL') || LAMBDA_SERVICE_ERRORS.every((e) => names.includes(e));
      });
      if (!covered) errors.push(`${path}: invokes Lambda without a retrier for ${LAMBDA_SERVICE_ERRORS.join(', ')}`);
    }
  }
  return errors;
}
