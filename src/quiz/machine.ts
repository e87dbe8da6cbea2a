/**
 * The quiz as an XState v5 machine: one state per question (generated from
 * QUESTION_ORDER), a review state, and one final state per outcome. The
 * machine owns the flow:
 *
 * - ANSWER records a valid answer and moves to the next question in order.
 * - A question that cannot matter is skipped by the question state itself:
 *   an eventless `always` transition guarded by `notNeeded`, which reads the
 *   question's `needed` rule in flow.ts. During an edit, `answeredDuringEdit`
 *   also jumps over questions that already have an answer, so an edit returns
 *   to review unless it opened a new question.
 * - BACK returns to the last screen in the history; answers prune that
 *   history to screens still on the path.
 * - CONFIRM ends in the outcome the rules decide.
 */
import { assign, setup } from 'xstate';
import { isOnPath, relevantAnswers, walk, type Screen } from './flow.ts';
import { settle } from './settle.ts';
import { OUTCOME_ORDER, type OutcomeId } from './outcome-ids.ts';
import { QUESTION_ORDER, isAnswerValue, setAnswer, type Answers, type QuestionId } from './questions.ts';

export interface QuizContext {
  readonly answers: Answers;
  /** Screens left forwards, most recent last; BACK returns to the last one. */
  readonly history: readonly Screen[];
  /**
   * The question being changed after EDIT from review (or reached by BACK
   * during such a change), else null. While set, answered questions after
   * it are jumped over on the way back to review.
   */
  readonly editing: QuestionId | null;
}

export function initialContext(): QuizContext {
  return { answers: {}, history: [], editing: null };
}

export type QuizEvent =
  | { readonly type: 'ANSWER'; readonly value: string }
  | { readonly type: 'BACK' }
  | { readonly type: 'RESTART' }
  | { readonly type: 'EDIT'; readonly question: QuestionId }
  | { readonly type: 'CONFIRM' };

/** Every state that is not final, in display order. */
export const SCREENS: readonly Screen[] = [...QUESTION_ORDER, 'review'];

/** The state after `question` in asking order (review after the last). */
function following(question: QuestionId): Screen {
  return QUESTION_ORDER[QUESTION_ORDER.indexOf(question) + 1] ?? 'review';
}

export const quizMachine = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
  },
  guards: {
    /** The answer is one of the question's options. */
    isOption: ({ event }, params: { question: QuestionId }) => event.type === 'ANSWER' && isAnswerValue(params.question, event.value),
    /** On no reading of the answers so far does the question's `needed` rule ask it. */
    notNeeded: ({ context }, params: { question: QuestionId }) => !isOnPath(params.question, context.answers),
    /** During an edit, a question already answered is jumped over. */
    answeredDuringEdit: ({ context }, params: { question: QuestionId }) =>
      context.editing !== null && context.editing !== params.question && context.answers[params.question] !== undefined,
    /** BACK leads to the most recent screen in the history. */
    cameFrom: ({ context }, params: { screen: Screen }) => context.history[context.history.length - 1] === params.screen,
    /** EDIT names this question, and it is on the current path. */
    canEdit: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'EDIT' && event.question === params.question && walk(context.answers).asked.includes(params.question),
    /** The rules pick `outcome` for the answers on the path (the likeliest one, if some are "Not sure"). */
    decides: ({ context }, params: { outcome: OutcomeId }) => settle(relevantAnswers(context.answers)).primary === params.outcome,
  },
  actions: {
    recordAnswer: assign(({ context, event }, params: { question: QuestionId }) => {
      if (event.type !== 'ANSWER') return {};
      const answers = setAnswer(context.answers, params.question, event.value);
      // Screens an answer took off the path can no longer be gone back to.
      const history = [...context.history.filter((screen) => isOnPath(screen, answers)), params.question];
      return { answers, history };
    }),
    goBack: assign(({ context }) => {
      const target = context.history[context.history.length - 1];
      const editing = context.editing !== null && target !== undefined && target !== 'review' ? target : context.editing;
      return { history: context.history.slice(0, -1), editing };
    }),
    startEdit: assign(({ context }, params: { question: QuestionId }) => ({
      history: [...context.history, 'review' as const],
      editing: params.question,
    })),
    endEdit: assign({ editing: null }),
    reset: assign(() => initialContext()),
  },
}).createMachine({
  id: 'quiz',
  initial: QUESTION_ORDER[0],
  context: initialContext,
  on: {
    RESTART: { target: `.${QUESTION_ORDER[0]}`, actions: 'reset' },
  },
  states: {
    ...questionStates(),
    review: {
      entry: 'endEdit',
      on: {
        CONFIRM: OUTCOME_ORDER.map((outcome) => ({ guard: { type: 'decides' as const, params: { outcome } }, target: outcome })),
        EDIT: QUESTION_ORDER.map((question) => ({
          guard: { type: 'canEdit' as const, params: { question } },
          target: question,
          actions: { type: 'startEdit' as const, params: { question } },
        })),
        BACK: back('review'),
      },
    },
    ...(Object.fromEntries(OUTCOME_ORDER.map((outcome) => [outcome, { type: 'final' as const }])) as Record<OutcomeId, { type: 'final' }>),
  },
});

/** One state per question, generated from the question list (keyed so snapshot values stay typed). */
function questionStates() {
  const state = (question: QuestionId) => ({
    always: [
      { guard: { type: 'notNeeded' as const, params: { question } }, target: following(question) },
      { guard: { type: 'answeredDuringEdit' as const, params: { question } }, target: following(question) },
    ],
    on: {
      ANSWER: {
        guard: { type: 'isOption' as const, params: { question } },
        target: following(question),
        actions: { type: 'recordAnswer' as const, params: { question } },
      },
      BACK: back(question),
    },
  });
  return Object.fromEntries(QUESTION_ORDER.map((question) => [question, state(question)])) as Record<QuestionId, ReturnType<typeof state>>;
}

/** BACK from `from`: to whichever other screen the history ends with. */
function back(from: Screen) {
  return SCREENS.filter((screen) => screen !== from).map((screen) => ({
    guard: { type: 'cameFrom' as const, params: { screen } },
    target: screen,
    actions: 'goBack' as const,
  }));
}

export type QuizMachine = typeof quizMachine;

/** The final state ids, which equal the outcome ids. */
export const FINAL_STATES: readonly OutcomeId[] = OUTCOME_ORDER;
