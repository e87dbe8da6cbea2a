/**
 * What the platform list shows for one recommendation, and in which order:
 * every provider in the fixed order, or, when the team's cloud is known,
 * that provider first and the others folded. A team in its own data
 * centre sees only options for its own hardware; the public clouds are
 * folded, so no public-cloud limit reads as if it applied to it.
 */
import type { OutcomeId } from '../quiz/outcomes.ts';
import { OUTCOME_KINDS, PLATFORMS, PROVIDER_ORDER, type PlatformOption, type ProviderId } from './catalog.ts';

export interface ProviderGroup {
  readonly provider: ProviderId;
  /** Current options of the outcome's kinds, in the catalogue's order. */
  readonly options: readonly PlatformOption[];
  /** Options of these kinds the provider has closed to new customers (shown as a note, never as a choice). */
  readonly closed: readonly PlatformOption[];
}

export interface PlatformView {
  /** Shown open, first. */
  readonly shown: readonly ProviderGroup[];
  /** Behind a fold: the other providers when one was chosen. */
  readonly folded: readonly ProviderGroup[];
}

/** One provider's options for an outcome. */
export function providerGroup(outcome: OutcomeId, provider: ProviderId): ProviderGroup {
  const kinds = OUTCOME_KINDS[outcome].kinds;
  const ofKind = PLATFORMS.filter((p) => p.provider === provider && kinds.includes(p.kind));
  return { provider, options: ofKind.filter((p) => !p.closedToNew), closed: ofKind.filter((p) => p.closedToNew) };
}

/**
 * The groups for an outcome. Without a provider every group is shown, in the
 * fixed order. With one, its group comes first and the rest are folded; a
 * provider without options for this outcome (your own data centre has no
 * managed platform) still leads, so the page can say why it is empty.
 */
export function platformView(outcome: OutcomeId, provider?: ProviderId): PlatformView {
  const groups = PROVIDER_ORDER.map((p) => providerGroup(outcome, p));
  const nonEmpty = groups.filter((g) => g.options.length > 0 || g.closed.length > 0);
  if (provider === undefined) return { shown: nonEmpty, folded: [] };
  return {
    shown: groups.filter((g) => g.provider === provider),
    folded: nonEmpty.filter((g) => g.provider !== provider),
  };
}
