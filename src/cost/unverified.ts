/**
 * Which parts of an estimate rest on a price nobody compared with a current
 * provider page: an unverified registry fact or a stated assumption. The
 * price book lists, per provider, the parts each such price feeds and when
 * (prices.ts); this keeps the ones the inputs actually use, so the page can
 * name them next to the estimate instead of refusing to price the workload.
 */
import type { Inputs, PriceCondition, PricePart, ProviderPrices } from './model.ts';

type Test = (i: Inputs, p: ProviderPrices) => boolean;

/** Whether the inputs bill each part at all, in the order the page names them. */
const USED: { readonly [P in PricePart]: Test } = {
  functions: () => true,
  container: () => true,
  // A VM price typed by the reader is theirs, not the registry's.
  vm: (i) => i.vmHourly === undefined,
  gateway: (i, p) => i.gateway && p.gateway !== undefined,
  logs: (i) => i.logKb > 0,
  transfer: (i) => i.egressKb > 0,
  nat: (i) => i.nat,
};

const requestBilled: Test = (i, p) => i.containerBilling === 'request' && p.container.request !== undefined;

/** Whether a price's condition holds for the inputs. */
const WHEN: { readonly [C in PriceCondition]: Test } = {
  x86: (i) => i.arch !== 'arm',
  arm: (i) => i.arch === 'arm',
  lmi: (i, p) => i.lmi && p.functions.managed !== undefined,
  free: (i) => i.freeTier,
  commit: (i) => i.commit > 0,
  request: requestBilled,
  instance: (i, p) => !requestBilled(i, p),
};

/** The parts of this estimate priced from an unverified fact or an assumption, each once, in page order. */
export function unverifiedParts(i: Inputs, p: ProviderPrices): PricePart[] {
  const found = p.unverified
    .map((use) => use.split(':') as [PricePart, PriceCondition?])
    .filter(([part, condition]) => USED[part](i, p) && (condition === undefined || WHEN[condition](i, p)))
    .map(([part]) => part);
  return (Object.keys(USED) as PricePart[]).filter((part) => found.includes(part));
}
