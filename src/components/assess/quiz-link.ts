/** The quiz address for one workload of an assessment, with the way back (see quiz/return-to.ts). */
import { encodeAnswers } from '../../quiz/codec.ts';
import { assessmentHref, SLOT_PARAM, type Workload } from '../../assess/codec.ts';
import { ANSWERS_PARAM } from '../../quiz/answers-param.ts';
import { QUIZ_PATH } from '../../quiz/routes.ts';

export function quizLinkFor(workloads: readonly Workload[], system: string, slot: number): string {
  const back = new URL(assessmentHref(workloads, system), 'https://same-site.invalid');
  back.searchParams.set(SLOT_PARAM, String(slot));
  const params = new URLSearchParams();
  const answers = workloads[slot]?.answers ?? {};
  if (Object.keys(answers).length > 0) params.set(ANSWERS_PARAM, encodeAnswers(answers));
  params.set('return', `${back.pathname}${back.search}`);
  return `${QUIZ_PATH}?${params.toString()}`;
}
