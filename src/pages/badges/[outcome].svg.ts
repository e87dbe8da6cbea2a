/** /badges/<outcome>.svg: one static badge per outcome (see src/records/badge-svg.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { OUTCOMES, OUTCOME_ORDER, type OutcomeId } from '../../quiz/outcomes.ts';
import { badgeSvg } from '../../records/badge-svg.ts';

export const getStaticPaths = (() => OUTCOME_ORDER.map((outcome) => ({ params: { outcome } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const outcome = params.outcome as OutcomeId;
  return new Response(badgeSvg(outcome, OUTCOMES[outcome].name), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
