/**
 * The standing arguments for and against each option, in the guide's own
 * words: what a team gains and gives up whatever its answers were. The
 * answer-specific arguments come from the trace (see madr.ts).
 */
import type { OptionKey } from './types.ts';

export interface OptionNotes {
  readonly good: readonly string[];
  readonly bad: readonly string[];
}

export const OPTION_NOTES: { readonly [K in OptionKey]: OptionNotes } = {
  serverless: {
    good: [
      'the provider provisions, patches and scales the platform, so the team spends its time on business logic',
      'billing follows invocations and run time, so idle hours cost nothing',
    ],
    bad: [
      'each invocation has a hard time limit, a memory ceiling and a payload limit',
      'a cold start adds latency to the first request after an idle spell',
      'at steady high load, per-invocation pricing usually costs more than capacity that is always on',
    ],
  },
  managed: {
    good: [
      'someone else still runs the platform, without the time limits and cold starts of functions',
      'managed data and messaging services scale without a data layer of our own',
    ],
    bad: [
      'part of the capacity is paid for while idle, and scale-to-zero is not available everywhere',
      'each managed product brings its own limits, quotas and pricing to learn',
    ],
  },
  servers: {
    good: [
      'full control of runtime, hardware, run time and network, with no platform limits',
      'cost is predictable at steady load',
    ],
    bad: [
      'the team owns patching, scaling, capacity planning and on-call',
      'idle capacity is paid for around the clock',
    ],
  },
};
