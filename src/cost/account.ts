/**
 * The free tier across an account: an assessment's workloads each run on
 * their own option, and each free allowance is credited once across all of
 * them (split in proportion to use), never once per workload. Apart from
 * the model so /cost/, which prices one workload, does not load it.
 */
import { COST, type Inputs, type OptionId, type PriceBook } from './model.ts';

/**
 * An assessment's workloads on one account: each runs on its own option, and
 * each free allowance is credited once across all of them (split in
 * proportion to use), not once per workload.
 */
export function assessmentCosts(items: readonly { inputs: Inputs; option: OptionId }[], book: PriceBook, freeTierOnce: boolean): number[] {
  const totals = items.map(({ inputs, option }) => COST[option]({ ...inputs, freeTier: false }, book).total);
  if (!freeTierOnce) return totals;
  // Per provider and option, the credit a free tier would give each workload alone, and the whole allowance's worth.
  const groups = new Map<string, number[]>();
  items.forEach(({ inputs, option }, k) => {
    const key = `${inputs.provider}/${option}`;
    groups.set(key, [...(groups.get(key) ?? []), k]);
  });
  for (const members of groups.values()) {
    const alone = members.map((k) => {
      const { inputs, option } = items[k]!;
      return totals[k]! - COST[option]({ ...inputs, freeTier: true }, book).total;
    });
    const sum = alone.reduce((s, c) => s + c, 0);
    // Credited once: never more than the whole allowance is worth, split in proportion to what each would use of it.
    const first = items[members[0]!]!;
    const once = Math.min(sum, allowanceWorth(first.inputs, first.option, book));
    members.forEach((k, j) => {
      totals[k] = totals[k]! - (sum > 0 ? (once * alone[j]!) / sum : 0);
    });
  }
  return totals;
}

/** What the whole monthly allowance is worth for this provider and option (a workload far larger than it). */
function allowanceWorth(i: Inputs, option: OptionId, book: PriceBook): number {
  const big = { ...i, events: Math.max(i.events, 1) * 1e6 };
  return COST[option]({ ...big, freeTier: false }, book).total - COST[option]({ ...big, freeTier: true }, book).total;
}
