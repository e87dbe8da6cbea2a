/**
 * The quiz as an XState v5 machine: one state per question, a review state,
 * and one final state per outcome.
 *
 * This definition is the single source for the quiz UI and the map page, so
 * every transition names its target state here; guards decide which one is
 * taken, using flow.ts (which question is next) and evaluate.ts (the outcome).
 *
 * Why each question lists every later question as a possible target: after
 * an EDIT from review, answers that are already given are skipped, so the
 * next screen can be any later question (or review). In a fresh run only the
 * edges that graph.ts finds by exploring the machine are ever taken.
 */
import { assign, setup } from 'xstate';
import { evaluate } from './evaluate.ts';
import { relevantAnswers, walk, type Screen } from './flow.ts';
import { answerTarget, backTarget, initialContext, type QuizContext } from './navigation.ts';
import { OUTCOME_ORDER, type OutcomeId } from './outcomes.ts';
import { QUESTION_ORDER, setAnswer, type QuestionId } from './questions.ts';

export type { QuizContext } from './navigation.ts';

export type QuizEvent =
  | { readonly type: 'ANSWER'; readonly value: string }
  | { readonly type: 'BACK' }
  | { readonly type: 'RESTART' }
  | { readonly type: 'EDIT'; readonly question: QuestionId }
  | { readonly type: 'CONFIRM' };

/** Every state that is not final, in display order. */
export const SCREENS: readonly Screen[] = [...QUESTION_ORDER, 'review'];

// Transition builders: they only shape config objects; the targets come
// from the lists written out in the states below.
function answer(question: QuestionId, targets: readonly Screen[]) {
  return targets.map((next) => ({
    guard: { type: 'answerLeadsTo' as const, params: { question, next } },
    target: next,
    actions: { type: 'recordAnswer' as const, params: { question } },
  }));
}

/** BACK may return to any other screen still on the path (see navigation.ts). */
function back(from: Screen) {
  return SCREENS.filter((to) => to !== from).map((to) => ({
    guard: { type: 'backTo' as const, params: { from, to } },
    target: to,
    actions: { type: 'goBack' as const, params: { from } },
  }));
}

export const quizMachine = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
  },
  guards: {
    /** The current question's answer is valid and leads to `next`. */
    answerLeadsTo: ({ context, event }, params: { question: QuestionId; next: Screen }) =>
      event.type === 'ANSWER' && answerTarget(context, params.question, event.value) === params.next,
    /** BACK from `from` lands on `to`. */
    backTo: ({ context }, params: { from: Screen; to: Screen }) => backTarget(context, params.from)?.target === params.to,
    /** EDIT names this question, and it is on the current path. */
    canEdit: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'EDIT' && event.question === params.question && walk(context.answers).asked.includes(params.question),
    /** All needed questions are answered and the rules pick `outcome`. */
    outcomeIs: ({ context }, params: { outcome: OutcomeId }) =>
      walk(context.answers).next === 'review' && evaluate(relevantAnswers(context.answers)).outcome === params.outcome,
  },
  actions: {
    recordAnswer: assign(({ context, event }, params: { question: QuestionId }) => {
      if (event.type !== 'ANSWER') return {};
      const next = answerTarget(context, params.question, event.value);
      return {
        answers: setAnswer(context.answers, params.question, event.value),
        history: [...context.history, params.question],
        editing: next === 'review' ? false : context.editing,
      };
    }),
    goBack: assign(({ context }, params: { from: Screen }) => {
      const step = backTarget(context, params.from);
      if (step === null) return {};
      return { history: step.history, editing: step.target === 'review' ? false : context.editing };
    }),
    startEdit: assign(({ context }) => ({ history: [...context.history, 'review' as const], editing: true })),
    reset: assign(() => initialContext()),
  },
}).createMachine({
  id: 'quiz',
  initial: 'goal',
  context: initialContext,
  on: {
    RESTART: { target: '.goal', actions: 'reset' },
  },
  states: {
    goal: {
      on: {
        ANSWER: answer('goal', ['location', 'arrival', 'duration', 'state', 'traffic', 'latency', 'team', 'review']),
        BACK: back('goal'),
      },
    },
    location: {
      on: {
        ANSWER: answer('location', ['arrival', 'duration', 'state', 'traffic', 'latency', 'team', 'review']),
        BACK: back('location'),
      },
    },
    arrival: {
      on: {
        ANSWER: answer('arrival', ['duration', 'state', 'traffic', 'latency', 'team', 'review']),
        BACK: back('arrival'),
      },
    },
    duration: {
      on: {
        ANSWER: answer('duration', ['state', 'traffic', 'latency', 'team', 'review']),
        BACK: back('duration'),
      },
    },
    state: {
      on: {
        ANSWER: answer('state', ['traffic', 'latency', 'team', 'review']),
        BACK: back('state'),
      },
    },
    traffic: {
      on: {
        ANSWER: answer('traffic', ['latency', 'team', 'review']),
        BACK: back('traffic'),
      },
    },
    latency: {
      on: {
        ANSWER: answer('latency', ['team', 'review']),
        BACK: back('latency'),
      },
    },
    team: {
      on: {
        ANSWER: answer('team', ['review']),
        BACK: back('team'),
      },
    },
    review: {
      on: {
        CONFIRM: [
          { guard: { type: 'outcomeIs', params: { outcome: 'serverless' } }, target: 'serverless' },
          { guard: { type: 'outcomeIs', params: { outcome: 'managed' } }, target: 'managed' },
          { guard: { type: 'outcomeIs', params: { outcome: 'servers' } }, target: 'servers' },
        ],
        EDIT: QUESTION_ORDER.map((question) => ({
          guard: { type: 'canEdit' as const, params: { question } },
          target: question,
          actions: 'startEdit' as const,
        })),
        BACK: back('review'),
      },
    },
    serverless: { type: 'final' },
    managed: { type: 'final' },
    servers: { type: 'final' },
  },
});

export type QuizMachine = typeof quizMachine;

/** The final state ids, which equal the outcome ids. */
export const FINAL_STATES: readonly OutcomeId[] = OUTCOME_ORDER;
