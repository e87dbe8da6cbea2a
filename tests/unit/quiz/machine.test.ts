import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import {
  OUTCOME_ORDER,
  QUESTIONS,
  QUESTION_ORDER,
  decide,
  exploreEvents,
  getExploredSnapshots,
  isQuestionId,
  pairsToAnswers,
  quizMachine,
  replay,
  serializeSnapshot,
  shortestPathTo,
  walk,
  type QuizEvent,
} from '../../../src/quiz/index.ts';
import { concreteOptions } from '../../../src/quiz/questions.ts';
import { allFlowPaths, completeRun, pick, seededRandom } from './support.ts';

const TRAVERSAL = { events: exploreEvents, serializeState: serializeSnapshot };
const PATHS = allFlowPaths();
const stateIds = Object.keys(quizMachine.root.states);

describe('machine shape (xstate/graph)', () => {
  // The machine's states are generated from the question and outcome lists,
  // so they are checked against the flow and the rules instead: walk() and
  // decide() over every run say which screens and outcomes there must be.
  it('has a state for each question the flow can ask, a review, a final state for each outcome the rules give, and no other', () => {
    const asked = new Set<string>(PATHS.flatMap((p) => p.order));
    const outcomes = new Set<string>(PATHS.map((p) => decide(p.answers).outcome));
    expect(new Set(stateIds)).toEqual(new Set([...asked, 'review', ...outcomes]));
    for (const outcome of outcomes) expect(quizMachine.root.states[outcome]?.type, outcome).toBe('final');
    for (const screen of [...asked, 'review']) expect(quizMachine.root.states[screen]?.type, screen).toBe('atomic');
  });

  it('every state is reachable from the start', () => {
    const reached = new Set(getExploredSnapshots().map((entry) => String(entry.state.value)));
    expect([...reached].sort()).toEqual([...stateIds].sort());
  });

  it('no non-final state is a dead end', () => {
    const explored = getExploredSnapshots();
    expect(explored.length).toBeGreaterThan(PATHS.length);
    for (const { state, moves } of explored) {
      if (state.status === 'done') {
        // Final states accept nothing.
        expect(moves).toEqual([]);
        continue;
      }
      expect(moves.some((m) => m.state.value !== state.value), serializeSnapshot(state)).toBe(true);
    }
  });

  it('every explored question snapshot accepts every one of its options', () => {
    for (const { state, moves } of getExploredSnapshots()) {
      if (!isQuestionId(state.value)) continue;
      expect(moves).toHaveLength(concreteOptions(state.value).length); // "Not sure" is not explored (graph.ts)
      for (const move of moves) expect(move.state.value).not.toBe(state.value);
    }
  });

  it('each outcome has a shortest path, and replaying it gives that outcome', () => {
    const lengths = new Map<string, number>();
    for (const outcome of OUTCOME_ORDER) {
      const path = shortestPathTo(outcome);
      expect(path.length).toBeGreaterThan(0);
      expect(replay(pairsToAnswers(path)).outcome).toBe(outcome);
      lengths.set(outcome, path.length);
    }
    // Each is as short as the shortest run through the flow that ends in that outcome.
    for (const outcome of OUTCOME_ORDER) {
      const flowRuns = PATHS.filter((p) => decide(p.answers).outcome === outcome).map((p) => p.order.length);
      expect(lengths.get(outcome), outcome).toBe(Math.min(...flowRuns));
    }
    // The same paths straight from getShortestPaths, filtered by target.
    const direct = getShortestPaths(quizMachine, { ...TRAVERSAL, toState: (s) => s.value === 'managed' });
    expect(Math.min(...direct.map((p) => p.weight))).toBe((lengths.get('managed') ?? 0) + 1);
  });
  // The decision tree built from xstate/graph's adjacency map has one leaf per
  // flow path, each ending in decide()'s outcome: see graph.test.ts.
});

describe('machine behaviour', () => {
  it('final state equals decide(answers).outcome for every flow path', () => {
    for (const { answers, order } of PATHS) {
      const result = replay(answers);
      expect(result.outcome).toBe(decide(answers).outcome);
      expect(result.applied.map((p) => p.question)).toEqual(order);
      expect(result.snapshot.context.history).toEqual(order);
    }
  });

  it('ignores invalid answers and events that do not belong to the state', () => {
    const actor = createActor(quizMachine).start();
    actor.send({ type: 'ANSWER', value: 'not-an-option' });
    actor.send({ type: 'ANSWER', value: 'cloud' }); // a location value, not a goal value
    actor.send({ type: 'CONFIRM' });
    actor.send({ type: 'BACK' });
    actor.send({ type: 'EDIT', question: 'goal' });
    expect(actor.getSnapshot().value).toBe('goal');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('BACK returns to the previous question with its answer kept; RESTART clears everything', () => {
    const actor = createActor(quizMachine).start();
    actor.send({ type: 'ANSWER', value: 'cost' });
    actor.send({ type: 'ANSWER', value: 'cloud' });
    expect(actor.getSnapshot().value).toBe('hardware');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('location');
    expect(actor.getSnapshot().context.answers.location).toBe('cloud');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('goal');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('goal');
    actor.send({ type: 'ANSWER', value: 'cost' });
    expect(actor.getSnapshot().value).toBe('location'); // stepping, not jumping ahead
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe('goal');
    expect(actor.getSnapshot().context).toEqual({ answers: {}, history: [], editing: null });
  });

  it('EDIT from review keeps other answers and returns to review, or asks what became needed', () => {
    const answers = completeRun({ goal: 'operations', location: 'cloud', arrival: 'per-event', duration: 'short', state: 'stateless', traffic: 'spiky', latency: 'tolerant' });
    const actor = createActor(quizMachine).start();
    for (const q of QUESTION_ORDER) {
      const value = (answers as Record<string, string>)[q];
      if (value !== undefined) actor.send({ type: 'ANSWER', value });
    }
    expect(actor.getSnapshot().value).toBe('review');

    actor.send({ type: 'EDIT', question: 'traffic' });
    expect(actor.getSnapshot().value).toBe('traffic');
    actor.send({ type: 'ANSWER', value: 'variable' });
    expect(actor.getSnapshot().value).toBe('review'); // latency already answered

    actor.send({ type: 'EDIT', question: 'location' });
    actor.send({ type: 'ANSWER', value: 'hybrid' });
    expect(actor.getSnapshot().value).toBe('team'); // newly needed
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('location');
    actor.send({ type: 'ANSWER', value: 'hybrid' });
    actor.send({ type: 'ANSWER', value: 'platform' });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.answers).toMatchObject({ arrival: 'per-event', traffic: 'variable', team: 'platform' });

    actor.send({ type: 'EDIT', question: 'location' });
    actor.send({ type: 'ANSWER', value: 'on-premises' });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'EDIT', question: 'arrival' }); // no longer on the path
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'CONFIRM' });
    expect(actor.getSnapshot().value).toBe('servers');
    expect(actor.getSnapshot().status).toBe('done');
  });

  // Random walks over every event type: the machine must never get stuck or
  // reach review with a question missing, whatever the user clicks.
  it('fuzz: 400 random sessions keep the invariants', () => {
    const random = seededRandom(20240611);
    for (let session = 0; session < 400; session++) {
      const actor = createActor(quizMachine).start();
      for (let step = 0; step < 60 && actor.getSnapshot().status === 'active'; step++) {
        const snapshot = actor.getSnapshot();
        const value = snapshot.value;
        const events: QuizEvent[] = [{ type: 'BACK' }, { type: 'RESTART' }, { type: 'ANSWER', value: 'bogus' }];
        if (isQuestionId(value)) {
          const option = pick(random, QUESTIONS[value].options);
          events.push({ type: 'ANSWER', value: option.value }, { type: 'ANSWER', value: option.value });
        } else {
          events.push({ type: 'EDIT', question: pick(random, QUESTION_ORDER) }, { type: 'EDIT', question: pick(random, QUESTION_ORDER) });
          if (random() < 0.2) events.push({ type: 'CONFIRM' });
        }
        const event = pick(random, events);
        actor.send(event);
        const after = actor.getSnapshot();
        const { next, asked } = walk(after.context.answers);
        if (after.value === 'review') expect(next).toBe('review');
        if (isQuestionId(after.value)) {
          // The current question is on the path: answered, or the first gap.
          expect(asked.includes(after.value) || next === after.value).toBe(true);
        }
        if (event.type === 'ANSWER' && isQuestionId(value) && QUESTIONS[value].options.some((o) => o.value === event.value)) {
          expect(after.value).not.toBe(value); // a valid answer always moves on
        }
        if (after.status === 'done') {
          expect(after.value).toBe(decide(after.context.answers).outcome);
        }
      }
      actor.stop();
    }
  });
});
