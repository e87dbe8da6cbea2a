/**
 * What a cost link made before version 2 relied on that the model no longer
 * does, in words for the page. Loaded only when such a link is opened.
 */
import type { Inputs } from './model.ts';

export function oldDefaults(inputs: Inputs): string[] {
  return [
    'it compared AWS Lambda with Google Cloud Run and a generic VM; each option is now priced on one provider (AWS unless the link names another)',
    'it always subtracted the free tier; the free tier is now left out unless you switch it on',
    `it sized servers for a 60% busy peak with no ceiling per instance; the target is now ${Math.round(inputs.util * 100)}% and each instance also has a concurrency and memory ceiling`,
    'it priced compute only; gateway, logs, data transfer and NAT are now lines you can add',
  ];
}
