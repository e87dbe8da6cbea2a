/**
 * What the map's highlight script needs to follow a link's answers: the
 * code tables, the decision tree (src/map/data.ts) and the outcomes' names.
 * Served as a file of its own, fetched only when the address has answers:
 * in the page (a data-map attribute) it cost every visit to the map about
 * 1.6 KB gzip of its first round trip (issue 25).
 */
import type { APIRoute } from 'astro';
import { MAP_DATA } from '../../../map/data';
import { OUTCOMES } from '../../../quiz/index.ts';
import type { HighlightData } from '../../../map/trace';

export const GET: APIRoute = () => {
  const data: HighlightData = { ...MAP_DATA, names: Object.fromEntries(Object.values(OUTCOMES).map((o) => [o.id, o.name])) };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
