/**
 * Figures the scan lets through, each with its reason. Kept small and
 * exact: an entry names its file and every figure it allows, and the scan
 * fails when an entry no longer matches anything (so a fixed file drops its
 * entry), or when the file types any other figure.
 */
export interface AllowedFigures {
  /** From the repository root. */
  path: string;
  /** Exactly as the scan reports them. */
  figures: readonly string[];
  reason: string;
}

export const ALLOWED_FIGURES: readonly AllowedFigures[] = [
  {
    path: 'src/components/diagrams/HandBuiltOrchestration.astro',
    figures: ['60 s', '60 seconds'],
    reason: 'the wait the scenario in hand-built-orchestration.mdx configures, drawn; the time limit is read from the registry',
  },
  {
    path: 'src/components/diagrams/RetryMultiplication.astro',
    figures: ['20 min'],
    reason: 'the carrier outage of the scenario in poison-messages-and-retry-storms.mdx, drawn',
  },
  {
    path: 'src/components/diagrams/SilentPipeline.astro',
    figures: ['15 minutes', '15 min'],
    reason: 'when the scenario’s alarms in flying-blind.mdx would have fired, drawn; the retention is read from the registry',
  },
  {
    path: 'src/components/diagrams/SyncChainTimeline.astro',
    figures: ['2.2 s', '2.0 s', '0.3 s', '2.2 seconds', '0.2 seconds', '2 seconds', '1.5 seconds', '0.3 seconds', '4.5 seconds', '2.2-second'],
    reason: 'the timings of the checkout in synchronous-function-chains.mdx’s scenario, drawn',
  },
  {
    path: 'src/components/diagrams/UnboundedConcurrency.astro',
    figures: ['800 instances', '30 instances'],
    reason: 'the instance counts of the scenario in unbounded-concurrency.mdx, drawn',
  },
  {
    path: 'src/content/fact-schema.ts',
    figures: ['$0.20'],
    reason: 'an example of how a price is written, in the error message for a bad `display`',
  },
  {
    path: 'src/cost/format.ts',
    figures: ['$0', '$0.01'],
    reason: 'how the cost page writes zero and amounts below a cent: formatting, not a price',
  },

  {
    path: 'src/integrations/prune-csp-hashes.mjs',
    figures: ['$1', '$3'],
    reason: 'replacement patterns of String.replace, not money',
  },
];
