/**
 * The assessment's decision logic, loaded on demand (AssessApp, through
 * load-logic.ts) once a workload has answers: it reads each workload's
 * answer code with the quiz's reader, decides it, builds its decision
 * record (on the workload's own figures and its team's cloud, with the
 * cost code when that is loaded), and writes the combined record. The page
 * starts without any of it, so an empty assessment stays as small as the
 * quiz page.
 *
 * Everything the page shows is returned as plain text (RowView), so the
 * startup code needs neither the quiz's words nor the records' writers.
 */
import { decide, type Decision } from '../../quiz/decide.ts';
import { OUTCOMES, OUTCOME_ORDER } from '../../quiz/outcomes.ts';
import { resultHref } from '../../quiz/routes.ts';
import type { GuideLabels } from '../../quiz/sections.ts';
import { codeOf, readEntry, type Workload } from '../../assess/codec.ts';
import type { Entry } from '../../assess/link.ts';
import { recordFromDecision } from '../../records/from-quiz.ts';
import { assessmentCosts, type CostCode } from '../../records/workload-cost.ts';
import { toAssessmentMadr, warningTitles } from '../../records/assessment.ts';
import { CONFIDENCE_LABELS } from '../../records/labels.ts';
import { money } from '../../records/amounts.ts';
import type { FactDate, RecordInput, TimeLimit } from '../../records/types.ts';
import type { CostBook } from '../../cost/summary.ts';
import type { Inputs } from '../../cost/model.ts';

/** A workload as the page shows it: plain text, and its record for the combined one. */
export interface RowView {
  readonly name: string;
  /** What the list says of it: its recommendation, or how far its quiz got. */
  readonly status: string;
  readonly record: RecordInput | null;
  readonly result?: {
    /** The result page, path and query. */
    readonly href: string;
    readonly outcome: string;
    readonly confidence: string;
    readonly warnings: string;
    readonly cost?: RowCost;
  };
}

export type RowCost =
  | { readonly kind: 'priced'; readonly amount: string; readonly basis: string; readonly range?: string; readonly href: string }
  | { readonly kind: 'own'; readonly basis: string };

/** What reading the link's answer codes found: each workload, its code as links write it today, and what was wrong with it. */
export interface Reading {
  readonly workloads: readonly Workload[];
  readonly codes: readonly string[];
  readonly notes: readonly (readonly string[])[];
}

export function readAll(entries: readonly Entry[]): Reading {
  const read = entries.map(readEntry);
  return {
    workloads: read.map((r) => r.workload),
    codes: read.map((r) => codeOf(r.workload.answers)),
    notes: read.map((r) => r.notes),
  };
}

export interface RowContext {
  readonly siteUrl: string;
  readonly guideVersion: string;
  readonly date: string;
  readonly facts: readonly FactDate[];
  readonly timeLimit?: TimeLimit;
  readonly labels: GuideLabels;
}

/** The cost code the page loaded (result-cost.tsx), with its prices, and how it writes a /cost/ link. */
export interface Pricing {
  readonly code: CostCode;
  readonly book: CostBook;
  readonly costLink: (inputs: Inputs) => string;
}

// decide() re-runs the flow for what would change the outcome: once per answer code is enough.
const decisions = new Map<string, Decision>();
function decisionFor(workload: Workload): Decision {
  const key = codeOf(workload.answers);
  let decision = decisions.get(key);
  if (decision === undefined) {
    decision = decide(workload.answers);
    decisions.set(key, decision);
  }
  return decision;
}

function statusOf(w: Workload): string {
  if (w.outcome !== null) return OUTCOMES[w.outcome].name;
  return Object.keys(w.answers).length > 0 ? 'Quiz not finished' : 'Not assessed yet';
}

/** Every workload's row: its decision, its record and its cost on its own figures, the free tier once for all when asked. */
export function rowsFor(workloads: readonly Workload[], ctx: RowContext, pricing: Pricing | null, freeTierOnce: boolean): RowView[] {
  const done = workloads.flatMap((workload, k) => (workload.outcome === null ? [] : [{ k, workload, decision: decisionFor(workload) }]));
  const costs = pricing ? assessmentCosts(done.map((d) => ({ outcome: d.decision.outcome, answers: d.decision.answers })), pricing.code, pricing.book, freeTierOnce) : [];
  return workloads.map((workload, k) => {
    const at = done.findIndex((d) => d.k === k);
    const item = done[at];
    if (item === undefined) return { name: workload.name, status: statusOf(workload), record: null };
    const { decision } = item;
    const cost = costs[at];
    const href = resultHref(decision.outcome, decision.answers);
    const record = recordFromDecision(decision, {
      workload: workload.name,
      resultUrl: new URL(href, ctx.siteUrl).href,
      siteUrl: ctx.siteUrl,
      guideVersion: ctx.guideVersion,
      date: ctx.date,
      facts: ctx.facts,
      timeLimit: ctx.timeLimit,
      labels: ctx.labels,
      cost: cost?.summary,
    });
    const summary = cost?.summary;
    const rowCost: RowCost | undefined =
      pricing === null
        ? undefined
        : record.hosting.kind === 'own'
          ? { kind: 'own', basis: 'No public price: it runs in the team’s own data centre' }
          : cost && summary
            ? {
                kind: 'priced',
                amount: money(summary.accountMonthly ?? summary.monthly, summary.currency),
                basis: summary.basis ?? '',
                ...(summary.range ? { range: `${money(summary.range[0], summary.currency)} to ${money(summary.range[1], summary.currency)} over the assumed ranges` } : {}),
                href: pricing.costLink(cost.inputs),
              }
            : undefined;
    return {
      name: workload.name,
      status: statusOf(workload),
      record,
      result: {
        href,
        outcome: OUTCOMES[decision.outcome].name,
        confidence: CONFIDENCE_LABELS[record.confidence],
        warnings: warningTitles(record.warnings) || 'None',
        ...(rowCost ? { cost: rowCost } : {}),
      },
    };
  });
}

export interface WriteInput {
  readonly system: string;
  readonly rows: readonly RowView[];
  readonly shareUrl: string;
  readonly guideVersion: string;
  readonly date: string;
  readonly facts: readonly FactDate[];
  readonly freeTierOnce: boolean;
}

/** The combined record (MADR 4.0). */
export function writeAssessment(input: WriteInput): string {
  return toAssessmentMadr({
    system: input.system,
    workloads: input.rows.map((r) => ({ name: r.name, record: r.record })),
    options: OUTCOME_ORDER.map((key) => ({ key, name: OUTCOMES[key].name, description: OUTCOMES[key].description })),
    assessmentUrl: input.shareUrl,
    guideVersion: input.guideVersion,
    date: input.date,
    facts: input.facts,
    freeTierOnce: input.freeTierOnce,
  });
}
