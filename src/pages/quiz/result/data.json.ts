/** /quiz/result/data.json: what a personal result reads from the build (see src/components/quiz/result-data.ts). */
import type { APIRoute } from 'astro';
import { getGuideLabels } from '../../../lib/section-labels';
import { traceLabels } from '../../../quiz/outcome-rules.ts';
import { recordFacts } from '../../../lib/record-facts';
import { loadCostBook } from '../../../lib/cost-prices';
import { changeNotes, getChanges } from '../../../lib/changes';
import { OUTCOME_ORDER } from '../../../quiz/outcomes.ts';
import { OWN_NOTE, PROVIDER_ORDER } from '../../../platforms/catalog.ts';
import { providerGroup } from '../../../platforms/views.ts';
import type { ResultData, Shortlists } from '../../../components/quiz/result-data.ts';

export const GET: APIRoute = async () => {
  const { facts, timeLimit } = await recordFacts();
  const shortlists = Object.fromEntries(
    OUTCOME_ORDER.map((o) => [o, Object.fromEntries(PROVIDER_ORDER.map((p) => [p, providerGroup(o, p).options.map((option) => [option.name, option.meets ?? []])]))]),
  ) as unknown as Shortlists;
  const data: ResultData = {
    labels: traceLabels(await getGuideLabels()),
    facts,
    ...(timeLimit ? { timeLimit } : {}),
    cost: await loadCostBook(),
    changes: changeNotes(await getChanges()),
    shortlists,
    ownNote: OWN_NOTE,
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
