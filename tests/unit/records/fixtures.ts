/**
 * Record inputs built the way the site builds them: quiz answers through
 * decide() and the adapter, with the time limit read from the facts
 * registry file (so the expected numbers are derived, not typed in).
 */
import { readFileSync } from 'node:fs';
import { decide, encodeAnswers, pairsToAnswers, shortestPathTo, type Answers, type Decision, type OutcomeId } from '../../../src/quiz/index.ts';
import { recordFromDecision, type QuizRecordContext } from '../../../src/records/from-quiz.ts';
import type { CostSummary, RecordInput } from '../../../src/records/types.ts';
import { testLabels } from '../quiz/support.ts';

export const SITE = 'https://guide.example/';
export const PACKAGE_VERSION: string = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version;
export const TIMEOUT_FACT = JSON.parse(readFileSync(new URL('../../../content/facts/aws-lambda-timeout-max.json', import.meta.url), 'utf8')) as {
  value: number;
  unit: string;
  product: string;
  provider: string;
  checked: string;
  claim: string;
  source: { url: string };
};

/** The answers of the long serverless example: three caveats, two warnings. */
export const BUSY_SERVERLESS: Answers = {
  goal: 'both',
  location: 'cloud',
  arrival: 'timer-batches',
  duration: 'near-limit',
  state: 'managed-data',
  traffic: 'spiky',
  latency: 'interactive',
};

export const COST: CostSummary = { currency: 'USD', monthly: 412.5, breakEvenPerSecond: 37.4, assumptions: '30 million requests a month, 300 ms, 512 MB' };

/** The context the site gives the adapter, as src/lib/record-facts.ts builds it from the registry file. */
export function contextFor(decision: Decision, workload = 'Checkout API', cost?: CostSummary): QuizRecordContext {
  return {
    workload,
    resultUrl: `${SITE}quiz/result/${decision.outcome}/?a=${encodeAnswers(decision.answers)}`,
    siteUrl: SITE,
    guideVersion: PACKAGE_VERSION,
    date: '2026-11-27',
    facts: [{ label: TIMEOUT_FACT.claim, checked: TIMEOUT_FACT.checked, url: TIMEOUT_FACT.source.url, provider: TIMEOUT_FACT.provider }],
    timeLimit: { product: TIMEOUT_FACT.product, provider: TIMEOUT_FACT.provider, minutes: TIMEOUT_FACT.value, checked: TIMEOUT_FACT.checked },
    cost,
    labels: testLabels(),
  };
}

export function recordFor(answers: Answers, workload = 'Checkout API', cost?: CostSummary): RecordInput {
  const decision = decide(answers);
  return recordFromDecision(decision, contextFor(decision, workload, cost));
}

export function recordForOutcome(outcome: OutcomeId, workload?: string, cost?: CostSummary): RecordInput {
  return recordFor(pairsToAnswers(shortestPathTo(outcome)), workload, cost);
}

/** Names chosen to break Markdown, HTML, YAML, file systems and bidi display. */
export const HOSTILE_NAMES: ReadonlyArray<[string, string]> = [
  ['Markdown', '# Title\n## Status\nAccepted *bold* [link](javascript:alert(1)) `code` | a | b |'],
  ['HTML', '<script>alert(1)</script><img src=x onerror=alert(1)> &lt;'],
  ['YAML', '---\nstatus: accepted\n---'],
  ['very long', 'Payments '.repeat(60)],
  ['right-to-left', 'خدمة الدفع \u202Eevil\u202C'],
  ['emoji', '🚀🔥 Checkout 💳'],
  ['only punctuation', '!!! ??? ... ---'],
  ['empty', ''],
  ['whitespace and control characters', ' \t\u0000\u0007 \r\n '],
  ['path traversal', '../../etc/passwd'],
];
