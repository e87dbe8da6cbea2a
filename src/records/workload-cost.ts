/**
 * A workload's cost basis from its answers, and the cost summaries its
 * record states: the workload's own figures (volume, time per event,
 * memory: workloadFigures) and traffic shape, on the team's cloud. On the
 * team's own hardware no public price applies, so nothing is priced; where
 * no single cloud is chosen (several, undecided, or a link from before the
 * quiz asked), the workload is priced on each public cloud and the record
 * states the cheapest and names the others.
 *
 * The cost code itself (model, summary) is passed in: it loads on demand,
 * in the chunk result pages share (src/components/cost/result-cost.tsx), so
 * nothing here imports it.
 */
import { workloadFigures, type FigureId, type WorkloadFigures } from '../quiz/workload-figures.ts';
import type { Answers } from '../quiz/questions.ts';
import type { Inputs, Provider } from '../cost/model.ts';
import type { FieldId } from '../cost/inputs.ts';
import type { CostBook } from '../cost/summary.ts';
import { PROVIDER_LABEL } from '../cost/labels.ts';
import { money } from './amounts.ts';
import { joinAnd } from './prose.ts';
import type { CostSummary, OptionKey } from './types.ts';

/** The parts of the cost code this needs (result-cost.tsx exports them). */
export interface CostCode {
  readonly costSummary: (outcome: OptionKey, inputs: Inputs, cost: CostBook, team?: ReadonlySet<FieldId>) => CostSummary;
  readonly assessmentMonthly: (items: readonly { outcome: OptionKey; inputs: Inputs }[], cost: CostBook, freeTierOnce: boolean) => number[];
  readonly defaultsFor: (traffic?: string, provider?: string) => Inputs;
}

const PROVIDERS: readonly Provider[] = ['aws', 'azure', 'google-cloud'];

/** Where the team runs the workload, for pricing. */
export type TeamCloud = { readonly kind: 'own' } | { readonly kind: 'cloud'; readonly provider: Provider } | { readonly kind: 'open' };

export function teamCloud(answers: Answers): TeamCloud {
  if (answers.location === 'on-premises') return { kind: 'own' };
  const provider = PROVIDERS.find((p) => p === answers.cloud);
  return provider === undefined ? { kind: 'open' } : { kind: 'cloud', provider };
}

/** The cost model's field each figure question sets. */
const FIELD: { readonly [F in FigureId]: 'events' | 'durationMs' | 'memoryMb' } = { volume: 'events', runtime: 'durationMs', memory: 'memoryMb' };
/** Each figure in the words of a basis ("volume and memory assumed"). */
const WORDS: { readonly [F in FigureId]: string } = { volume: 'volume', runtime: 'time per event', memory: 'memory' };

/** Inputs as the model and a /cost/ link take them: whole milliseconds and megabytes, events to three significant digits. */
function rounded(field: 'events' | 'durationMs' | 'memoryMb', value: number): number {
  return field === 'events' ? Number(value.toPrecision(3)) : Math.max(1, Math.round(value));
}

export interface WorkloadInputs {
  /** The point estimate, on the provider given. */
  readonly inputs: Inputs;
  /** The fields that are the team's own answers; describeInputs marks the others "assumed". */
  readonly team: ReadonlySet<FieldId>;
  /** The inputs at the low and high ends of the assumed figures' ranges; absent when every figure is the team's. */
  readonly low?: Inputs;
  readonly high?: Inputs;
  readonly figures: WorkloadFigures;
  /** What is assumed, in words ("volume", "traffic shape"). */
  readonly assumed: readonly string[];
}

/** The cost inputs of a workload on one provider: its own figures where it gave them, the model's defaults for the rest. */
export function workloadInputs(answers: Answers, provider: Provider, code: Pick<CostCode, 'defaultsFor'>): WorkloadInputs {
  const figures = workloadFigures(answers);
  const traffic = answers.traffic;
  const base = code.defaultsFor(traffic, provider);
  const team = new Set<FieldId>(['provider']);
  // The traffic answer sets the shape only when it names one (defaultsFor keeps the model's default otherwise).
  if (traffic !== undefined && base.shape === traffic) team.add('shape');
  const at = (pick: (f: WorkloadFigures[FigureId]) => number): Inputs => {
    const out: Inputs = { ...base };
    for (const id of ['volume', 'runtime', 'memory'] as const) out[FIELD[id]] = rounded(FIELD[id], pick(figures[id]));
    return out;
  };
  for (const id of ['volume', 'runtime', 'memory'] as const) if (figures[id].source === 'team') team.add(FIELD[id]);
  const assumedFigures = (['volume', 'runtime', 'memory'] as const).filter((id) => figures[id].source === 'assumed');
  const assumed = [...assumedFigures.map((id) => WORDS[id]), ...(team.has('shape') ? [] : ['traffic shape'])];
  const inputs = at((f) => f.value);
  if (assumedFigures.length === 0) return { inputs, team, figures, assumed };
  // Each assumed figure at its range's low (high) end, the team's own at their point: what "assumed" can swing.
  const bound = (end: 0 | 1) => at((f) => (f.source === 'assumed' ? f.span[end] : f.value));
  return { inputs, team, figures, assumed, low: bound(0), high: bound(1) };
}

/** "AWS; the team’s own figures" or "AWS; volume and traffic shape assumed". */
function basisWords(provider: Provider, assumed: readonly string[], open: boolean): string {
  const figures = assumed.length === 0 ? 'the team’s own figures' : `${joinAnd(assumed)} assumed`;
  return `${PROVIDER_LABEL[provider]}${open ? ', the cheapest where no cloud is chosen' : ''}; ${figures}`;
}

export interface WorkloadCost {
  readonly summary: CostSummary;
  /** The inputs the summary was computed for (the /cost/ link opens them). */
  readonly inputs: Inputs;
}

/**
 * The cost summary of one workload: null on the team's own hardware, where
 * no public price applies.
 */
export function workloadCost(outcome: OptionKey, answers: Answers, code: CostCode, book: CostBook): WorkloadCost | null {
  const cloud = teamCloud(answers);
  if (cloud.kind === 'own') return null;
  const providers = cloud.kind === 'cloud' ? [cloud.provider] : PROVIDERS;
  const priced = providers.map((provider) => {
    const basis = workloadInputs(answers, provider, code);
    return { provider, basis, summary: code.costSummary(outcome, basis.inputs, book, basis.team) };
  });
  const best = priced.reduce((a, b) => (b.summary.monthly < a.summary.monthly ? b : a));
  const { basis, summary, provider } = best;
  const range =
    basis.low && basis.high
      ? ([code.costSummary(outcome, basis.low, book, basis.team).monthly, code.costSummary(outcome, basis.high, book, basis.team).monthly] as const)
      : undefined;
  const others = priced.filter((p) => p !== best).map((p) => `${PROVIDER_LABEL[p.provider]} ${money(p.summary.monthly, p.summary.currency)}`);
  return {
    inputs: basis.inputs,
    summary: {
      ...summary,
      // Only the price facts of the provider it was priced on, where the cost book says whose each is.
      ...(summary.sources ? { sources: summary.sources.filter((f) => f.provider === undefined || f.provider === provider) } : {}),
      basis: basisWords(provider, basis.assumed, cloud.kind === 'open'),
      ...(range ? { range: [Math.min(...range), Math.max(...range)] as const } : {}),
      ...(cloud.kind === 'open'
        ? { providerNote: `No single cloud is chosen, so it was priced on each: the figures are for ${PROVIDER_LABEL[provider]}, the cheapest (${joinAnd(others)} on the others).` }
        : {}),
    },
  };
}

/**
 * The assessment's costs: each workload's own summary, and with the free
 * tier switched on, each one's share of the account's allowance, credited
 * once across all of them (assessmentMonthly), never once per workload.
 */
export function assessmentCosts(
  items: readonly { readonly outcome: OptionKey; readonly answers: Answers }[],
  code: CostCode,
  book: CostBook,
  freeTierOnce: boolean,
): (WorkloadCost | null)[] {
  const costs = items.map((item) => workloadCost(item.outcome, item.answers, code, book));
  if (!freeTierOnce) return costs;
  const priced = items.flatMap((item, k) => {
    const cost = costs[k];
    return cost ? [{ k, outcome: item.outcome, inputs: cost.inputs }] : [];
  });
  const shared = code.assessmentMonthly(
    priced.map(({ outcome, inputs }) => ({ outcome, inputs })),
    book,
    true,
  );
  return costs.map((cost, k) => {
    const at = priced.findIndex((p) => p.k === k);
    return cost && at >= 0 ? { ...cost, summary: { ...cost.summary, accountMonthly: shared[at]! } } : cost;
  });
}
