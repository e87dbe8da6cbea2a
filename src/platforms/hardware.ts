/**
 * "If the work needs special hardware": which recommendations a hardware
 * answer can still lead to, and which options there meet the need.
 *
 * Where an answer leads is read from the quiz's own rule table (rules.ts),
 * never restated here: an outcome is reachable with a hardware answer
 * unless a hardware rule that matches the answer rules it out. So when the
 * lead changes a rule (say, functions stay possible for GPUs on one cloud),
 * the result pages follow without an edit here. Which option meets which
 * need is the catalogue's own data (`meets` in catalog.ts).
 */
import { OUTCOME_ORDER, type OutcomeId } from '../quiz/outcomes.ts';
import { concreteOptions, type Answers } from '../quiz/questions.ts';
import { RULES } from '../quiz/rules.ts';
import { OUTCOME_KINDS, PLATFORMS, PROVIDER_ORDER, type HardwareNeed, type PlatformOption } from './catalog.ts';

/** Every hardware answer that can rule functions out, in the quiz's own order. */
export const HARDWARE_NEEDS: readonly HardwareNeed[] = concreteOptions('hardware')
  .map((o) => o.value)
  .filter((v): v is HardwareNeed => v !== 'standard');

/** The words of each need's group; a new hardware option is a type error until it has them. */
export const NEED_TEXT: { readonly [N in HardwareNeed]: { readonly title: string; readonly note: string } } = {
  accelerator: {
    title: 'If the work needs GPUs',
    note: 'GPU quotas and regions vary, so check both for your account.',
  },
  large: {
    title: 'If the work needs more memory, CPU or code than a function',
    note: 'Each job or instance runs on a size you pick.',
  },
  system: {
    title: 'If the work needs a custom OS, kernel or lasting local disk',
    note: 'Only machines you control let you choose the image and kernel and keep disks attached.',
  },
};

/**
 * The outcomes the quiz can still reach with a hardware answer: those no
 * matching hardware rule removes. `context` adds other answers (for
 * example, once the quiz asks for the team's cloud) to the reading.
 */
export function outcomesForNeed(need: HardwareNeed, context: Answers = {}): OutcomeId[] {
  const answers: Answers = { ...context, hardware: need };
  const removed = new Set<OutcomeId>(
    RULES.filter((r) => r.question === 'hardware' && r.effect.kind === 'rule-out' && r.when(answers)).flatMap((r) =>
      r.effect.kind === 'rule-out' ? r.effect.outcomes : [],
    ),
  );
  return OUTCOME_ORDER.filter((o) => !removed.has(o));
}

/** A need's options on one recommendation, in provider order. */
export function optionsMeeting(need: HardwareNeed, outcome: OutcomeId): PlatformOption[] {
  const kinds = OUTCOME_KINDS[outcome].kinds;
  return PROVIDER_ORDER.flatMap((provider) =>
    PLATFORMS.filter((p) => p.provider === provider && !p.closedToNew && kinds.includes(p.kind) && (p.meets ?? []).includes(need)),
  );
}

export interface HardwareGroup {
  readonly need: HardwareNeed;
  readonly options: readonly PlatformOption[];
}

/**
 * The hardware groups a result page shows: every need the quiz can carry to
 * this outcome, with the options that meet it. A need that rules this
 * outcome out goes to `elsewhere`, with the outcomes that remain for it.
 */
export function hardwareFor(outcome: OutcomeId, context: Answers = {}): { groups: HardwareGroup[]; elsewhere: { need: HardwareNeed; outcomes: OutcomeId[] }[] } {
  const groups: HardwareGroup[] = [];
  const elsewhere: { need: HardwareNeed; outcomes: OutcomeId[] }[] = [];
  for (const need of HARDWARE_NEEDS) {
    const reachable = outcomesForNeed(need, context);
    const options = optionsMeeting(need, outcome);
    // Every reachable outcome has options for every need (a unit test holds the catalogue to it).
    if (reachable.includes(outcome)) groups.push({ need, options });
    else elsewhere.push({ need, outcomes: reachable.filter((o) => o !== outcome && optionsMeeting(need, o).length > 0) });
  }
  return { groups, elsewhere };
}
