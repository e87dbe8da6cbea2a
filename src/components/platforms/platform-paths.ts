/**
 * Addresses of the platform pages: one per recommendation with every
 * provider, and one per provider with that provider first and the others
 * folded (a result page with answers fetches its team's view from there).
 */
import type { OutcomeId } from '../../quiz/outcome-ids.ts';
import type { ProviderId } from '../../platforms/catalog.ts';
import { QUIZ_PATH } from '../../quiz/paths.ts';

export function platformsPath(outcome: OutcomeId, provider?: ProviderId | ''): string {
  return `${QUIZ_PATH}result/${outcome}/platforms/${provider ? `${provider}/` : ''}`;
}
