/**
 * The brief's monthly cost: the recommended option's bill on the team's
 * provider, for the workload's own figures, from the same inputs as the
 * cost panel below (result-inputs.ts). When a figure is assumed the bill is
 * a range over that figure's range, and the line says which figures are the
 * team's and which are assumed. In the team's own data centre, and for work
 * on GPUs (which the model does not price), it says why there is no figure.
 */
import type { Decision } from '../../quiz/decide.ts';
import type { OutcomeId } from '../../quiz/outcome-ids.ts';
import type { CostBook } from '../../cost/summary.ts';
import type { OptionId } from '../../cost/model.ts';
import { money, volume } from '../../cost/format.ts';
import { OPTION_LABEL, PROVIDER_LABEL } from '../../cost/labels.ts';
import { billOf, type ResultInputs } from '../cost/result-inputs.ts';
import type { FieldId } from '../../cost/inputs.ts';
import type { TeamCloud } from './brief.ts';

/**
 * The cost option each outcome runs on: COST_OPTION in src/cost/summary.ts,
 * repeated so the brief does not load the summary code (a unit test holds
 * the two equal).
 */
export const BRIEF_OPTION: { readonly [O in OutcomeId]: OptionId } = { serverless: 'functions', managed: 'container', servers: 'vm' };

export interface BriefCostProps {
  decision: Decision;
  team: TeamCloud;
  /** Null in the team's own data centre. */
  cost: ResultInputs | null;
  book: CostBook;
}

/** Why a team in its own data centre sees no monthly figure (the cost panel says it too). */
export const NO_PUBLIC_PRICE =
  'No public price: the workload runs in your own data centre, so its bill is the hardware, power, space and people it takes, which no provider’s price list gives.';

const ms = (n: number) => `${n.toLocaleString('en-US')} ms`;
const mb = (n: number) => `${n.toLocaleString('en-US')} MB`;

export function BriefCost({ decision, team, cost, book }: BriefCostProps) {
  if (team.kind === 'own' || cost === null) {
    return <p class="brief-cost">{NO_PUBLIC_PRICE}</p>;
  }
  if (decision.answers.hardware === 'accelerator') {
    return (
      <p class="brief-cost">
        Not priced: the cost model has no GPU prices. The panel below prices the work on CPU and memory alone, for scale, not as the bill.
      </p>
    );
  }
  const option = BRIEF_OPTION[decision.outcome];
  const { total, low, high } = billOf(cost, option, book.book);
  const { inputs, team: theirs = new Set<FieldId>() } = cost;
  const figures: [FieldId, string][] = [
    ['events', `${volume(inputs.events)} events a month`],
    ['durationMs', `${ms(inputs.durationMs)} each`],
    ['memoryMb', mb(inputs.memoryMb) + (cost.capped.includes('memoryMb') ? ', the most a function gets' : '')],
  ];
  const yours = figures.filter(([f]) => theirs.has(f)).map(([, t]) => t);
  const assumed = figures.filter(([f]) => !theirs.has(f)).map(([, t]) => t);
  return (
    <p class="brief-cost">
      <strong>
        {low === undefined ? `About ${money(total)}` : `${money(low)} to ${money(high!)}`} a month
      </strong>{' '}
      for {OPTION_LABEL[option].toLowerCase()} on {PROVIDER_LABEL[inputs.provider]}
      {theirs.has('provider') ? '' : ' (no cloud chosen)'}
      {low === undefined ? '' : `, ${money(total)} at the middle of the assumed figures`}. Your figures: {yours.join(', ') || 'none'}
      {assumed.length > 0 ? `; assumed: ${assumed.join(', ')}` : ''}. <a href="#cost-estimate">Change them below</a>
    </p>
  );
}
