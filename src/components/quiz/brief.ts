/**
 * What the decision brief at the top of a personal result says, as data
 * (ResultView renders it; tests/unit/result-brief.test.ts checks it over
 * the answer space): the strongest reasons, the trace in its three groups,
 * and where the team runs things.
 */
import type { Stance, TraceEffect, TraceLine } from '../../quiz/evaluate.ts';
import type { Answers } from '../../quiz/questions.ts';

/** Strongest first; a line's effect is its strongest rule's (evaluate.ts). */
const STRENGTH: readonly TraceEffect[] = ['rule-out', 'prefer', 'caveat', 'note'];

/** The lines that speak for the recommendation, strongest effect first, asking order within an effect (sort is stable). */
export function strongestReasons(trace: readonly TraceLine[], count = 3): TraceLine[] {
  return trace
    .filter((l) => l.stance === 'for')
    .sort((a, b) => STRENGTH.indexOf(a.effect) - STRENGTH.indexOf(b.effect))
    .slice(0, count);
}

/** Every trace line under the heading its stance supports, in asking order: together they are the whole trace. */
export function whyGroups(trace: readonly TraceLine[]): { readonly [S in Stance]: readonly TraceLine[] } {
  const of = (s: Stance) => trace.filter((l) => l.stance === s);
  return { for: of('for'), against: of('against'), neutral: of('neutral') };
}

export type CloudProvider = 'aws' | 'azure' | 'google-cloud';

/**
 * Where the team runs things, from the answers: its own data centre (the
 * workload runs on premises only), one public cloud, or none chosen
 * ("several", "not chosen yet", "Not sure", or a link from before the
 * question, which assumes "not chosen yet").
 */
export type TeamCloud = { readonly kind: 'one'; readonly provider: CloudProvider } | { readonly kind: 'own' } | { readonly kind: 'open'; readonly several: boolean };

export function teamCloud(answers: Answers): TeamCloud {
  if (answers.location === 'on-premises') return { kind: 'own' };
  const cloud = answers.cloud;
  if (cloud === 'aws' || cloud === 'azure' || cloud === 'google-cloud') return { kind: 'one', provider: cloud };
  return { kind: 'open', several: cloud === 'several' };
}

/** The platform view the result page shows for the team: its provider first, or every provider when none is chosen. */
export function platformViewOf(team: TeamCloud): CloudProvider | 'own' | '' {
  return team.kind === 'one' ? team.provider : team.kind === 'own' ? 'own' : '';
}
