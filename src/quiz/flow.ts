/**
 * Which question comes next, skipping the ones that cannot matter.
 *
 * Questions are asked in QUESTION_ORDER. Each has a `needed` rule that looks
 * only at answers to earlier questions, so the path through the quiz is
 * decided one step at a time. A question is skipped when no answer to it
 * could change the recommendation or its caveats; the tests prove this over
 * every combination of answers.
 *
 * Answers that are present but no longer on the path (left over after an
 * edit) are ignored, not deleted, so switching an answer back restores them.
 */
import { isRuledOut } from './choose.ts';
import { QUESTION_ORDER, type Answers, type QuestionId } from './questions.ts';

/** A screen of the quiz before the outcome: a question, or the review. */
export type Screen = QuestionId | 'review';

export interface NeededRule {
  readonly when: (answers: Answers) => boolean;
  /** Why the question is asked (or skipped), for the map page. */
  readonly reason: string;
}

/** Answers to the questions asked before `question`; later ones are invisible. */
function before(question: QuestionId, answers: Answers): Answers {
  let earlier: Answers = {};
  for (const q of QUESTION_ORDER.slice(0, QUESTION_ORDER.indexOf(question))) {
    if (answers[q] !== undefined) earlier = { ...earlier, [q]: answers[q] };
  }
  return earlier;
}

// Each rule sees only earlier answers, so the path is settled step by step
// and an answer can never un-ask the question that came before it.
function neededWhen(question: QuestionId, when: (earlier: Answers) => boolean, reason: string): NeededRule {
  return { when: (answers) => when(before(question, answers)), reason };
}

// Arrival, duration, state, traffic and latency only decide whether functions
// fit, and which caveats they carry; once functions are out they are moot.
const serverlessOpen = (a: Answers): boolean => !isRuledOut('serverless', a);
const FIT_REASON = 'Asked while serverless functions are still possible; it decides whether they fit.';
const ADVICE_REASON = 'Asked while serverless functions are still possible; it adds the caveats and warnings that come with them.';

export const NEEDED: { readonly [Q in QuestionId]: NeededRule } = {
  goal: neededWhen('goal', () => true, 'Always asked: the goal is what serverless has to deliver.'),
  location: neededWhen('location', () => true, 'Always asked: on premises only settles the question on its own.'),
  hardware: neededWhen(
    'hardware',
    (a) => a.location !== 'on-premises',
    'Asked unless the workload runs on premises only, where it lands on servers whatever hardware it needs.',
  ),
  arrival: neededWhen('arrival', serverlessOpen, FIT_REASON),
  duration: neededWhen('duration', serverlessOpen, FIT_REASON),
  workflow: neededWhen('workflow', serverlessOpen, ADVICE_REASON),
  payload: neededWhen('payload', serverlessOpen, ADVICE_REASON),
  state: neededWhen('state', serverlessOpen, FIT_REASON),
  downstream: neededWhen('downstream', serverlessOpen, ADVICE_REASON),
  loops: neededWhen(
    'loops',
    (a) => serverlessOpen(a) && a.arrival === 'per-event',
    'Asked when functions are still possible and each event triggers its own run: only then can a function trigger itself.',
  ),
  traffic: neededWhen('traffic', serverlessOpen, FIT_REASON),
  latency: neededWhen('latency', serverlessOpen, FIT_REASON),
  portability: neededWhen('portability', serverlessOpen, ADVICE_REASON),
  // Team capacity chooses between managed services and servers (unless the
  // goal already says "let someone else run it"), and decides whether a team
  // can carry functions in two places.
  team: neededWhen(
    'team',
    (a) => a.location !== 'on-premises' && (isRuledOut('serverless', a) ? a.goal !== 'operations' : a.location === 'hybrid'),
    'Asked when functions are out and the goal does not already favour managed services, or when the workload must run in two places.',
  ),
};

export interface Walk {
  /** Questions on the path that have answers, in asking order. */
  readonly asked: readonly QuestionId[];
  /** The first needed question without an answer, or 'review' when complete. */
  readonly next: Screen;
}

/** Follows the path the answers take through the quiz. */
export function walk(answers: Answers): Walk {
  const asked: QuestionId[] = [];
  let kept: Answers = {};
  for (const question of QUESTION_ORDER) {
    if (!NEEDED[question].when(kept)) continue;
    if (answers[question] === undefined) return { asked, next: question };
    asked.push(question);
    kept = { ...kept, [question]: answers[question] };
  }
  return { asked, next: 'review' };
}

/** Only the answers on the path; what decide() and the URL should see. */
export function relevantAnswers(answers: Answers): Answers {
  let kept: Answers = {};
  for (const question of walk(answers).asked) kept = { ...kept, [question]: answers[question] };
  return kept;
}

/** Where the quiz goes when filling gaps (after an edit): the first hole. */
export function nextUnanswered(answers: Answers): Screen {
  return walk(answers).next;
}

/**
 * Where the quiz goes when stepping forward from `question`: the next needed
 * question, even if it already has an answer (shown preselected), else review.
 */
export function nextAfter(question: QuestionId, answers: Answers): Screen {
  const position = QUESTION_ORDER.indexOf(question);
  let kept: Answers = {};
  for (const [index, candidate] of QUESTION_ORDER.entries()) {
    if (!NEEDED[candidate].when(kept)) continue;
    if (index > position) return candidate;
    // A gap before `question` should not happen; send the user to it.
    if (answers[candidate] === undefined) return candidate;
    kept = { ...kept, [candidate]: answers[candidate] };
  }
  return 'review';
}

/** Whether `screen` may be shown for these answers (used when going back). */
export function isOnPath(screen: Screen, answers: Answers): boolean {
  const { asked, next } = walk(answers);
  if (screen === 'review') return next === 'review';
  return next === screen || asked.includes(screen);
}
