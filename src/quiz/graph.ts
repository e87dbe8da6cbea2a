/**
 * The quiz as data for the map page and the tests, derived from the machine.
 *
 * Nodes come from the machine's own state nodes; edges and the decision tree
 * come from exploring the machine with xstate/graph, sending every answer
 * each question offers (and CONFIRM at review). Nothing here reads the flow
 * or the rules directly, so the map can only show what the machine does.
 */
import type { SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths, type AdjacencyMap, type AdjacencyValue, type SerializedSnapshot } from 'xstate/graph';
import type { Screen } from './flow.ts';
import { quizMachine, type QuizEvent } from './machine.ts';
import { OUTCOMES, isOutcomeId, type OutcomeId } from './outcomes.ts';
import { QUESTIONS, QUESTION_ORDER, concreteOptions, decidesAt, isQuestionId, setAnswer, type Answers, type QuestionId } from './questions.ts';
import { answerLabel } from './question-text.ts';
import type { AnswerPair } from './replay.ts';

type QuizSnapshot = SnapshotFrom<typeof quizMachine>;
export type NodeId = Screen | OutcomeId;
export type NodeKind = 'question' | 'review' | 'outcome';

export interface QuizGraphNode {
  readonly id: NodeId;
  readonly kind: NodeKind;
  readonly label: string;
}

export interface QuizGraphEdge {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly event: 'ANSWER' | 'CONFIRM';
  /** Answer value id for ANSWER edges, null for CONFIRM. */
  readonly value: string | null;
  readonly label: string;
}

export interface QuizGraph {
  readonly nodes: readonly QuizGraphNode[];
  readonly edges: readonly QuizGraphEdge[];
}

export interface DecisionTreeNode {
  readonly id: NodeId;
  readonly kind: NodeKind;
  /** Answers given on the way here. */
  readonly answers: Answers;
  readonly branches: readonly DecisionTreeBranch[];
}

export interface DecisionTreeBranch {
  readonly event: 'ANSWER' | 'CONFIRM';
  /** The first answer value taking this branch (null for CONFIRM). */
  readonly value: string | null;
  /** Every answer value taking it: all options of an advice question share one branch. */
  readonly values: readonly string[];
  readonly label: string;
  readonly node: DecisionTreeNode;
}

/**
 * The events worth exploring: each option of the current question, or
 * CONFIRM. "Not sure" is not explored: it stands for every option at once,
 * and each of those is explored in its own right.
 */
export function exploreEvents(snapshot: QuizSnapshot): QuizEvent[] {
  const value = snapshot.value;
  if (isQuestionId(value)) return concreteOptions(value).map((o) => ({ type: 'ANSWER', value: o.value }));
  if (value === 'review') return [{ type: 'CONFIRM' }];
  return [];
}

/**
 * State identity for exploration: where we are and what was answered
 * (history does not steer forward moves). Answers to advice questions are
 * left out: they change neither the path nor the outcome (the flow tests
 * prove it), so their branches merge and the map stays small.
 */
export function serializeSnapshot(snapshot: QuizSnapshot): string {
  const given = snapshot.context.answers;
  const answers = QUESTION_ORDER.map((q) => (decidesAt(q, earlierOf(q, given)) ? (given[q] ?? null) : null));
  return JSON.stringify([snapshot.value, answers, snapshot.context.editing]);
}

/** The answers to the questions asked before `question`. */
function earlierOf(question: QuestionId, answers: Answers): Answers {
  const index = QUESTION_ORDER.indexOf(question);
  return Object.fromEntries(Object.entries(answers).filter(([q]) => QUESTION_ORDER.indexOf(q as QuestionId) < index)) as Answers;
}

const TRAVERSAL = { events: exploreEvents, serializeState: serializeSnapshot };

let adjacency: AdjacencyMap<QuizSnapshot, QuizEvent> | undefined;
/** Every snapshot a fresh run can reach, with its outgoing transitions (cached). */
export function getQuizAdjacency(): AdjacencyMap<QuizSnapshot, QuizEvent> {
  adjacency ??= getAdjacencyMap(quizMachine, TRAVERSAL);
  return adjacency;
}

/** One transition found by exploration: the event sent and the snapshot it led to. */
export interface Move {
  readonly event: QuizEvent;
  readonly state: QuizSnapshot;
}

export interface ExploredSnapshot {
  readonly state: QuizSnapshot;
  readonly moves: readonly Move[];
}

/** Outgoing moves of one explored snapshot (the map's keys are branded strings, which hide the value type from Object.values). */
function movesOf(entry: AdjacencyValue<QuizSnapshot, QuizEvent> | undefined): Move[] {
  if (entry === undefined) return [];
  const moves: Move[] = Object.values<Move>(entry.transitions);
  return moves;
}

/** Explored snapshots, in discovery order (the initial snapshot first). */
function entriesOf(map: AdjacencyMap<QuizSnapshot, QuizEvent>): AdjacencyValue<QuizSnapshot, QuizEvent>[] {
  return (Object.keys(map) as SerializedSnapshot[]).flatMap((key) => {
    const entry = map[key];
    return entry === undefined ? [] : [entry];
  });
}

/** Every snapshot a fresh run reaches, with its moves, in discovery order. */
export function getExploredSnapshots(): ExploredSnapshot[] {
  return entriesOf(getQuizAdjacency()).map((entry) => ({ state: entry.state, moves: movesOf(entry) }));
}

function nodeKind(id: string): NodeKind {
  const node = quizMachine.root.states[id];
  if (node?.type === 'final') return 'outcome';
  return id === 'review' ? 'review' : 'question';
}

function nodeLabel(id: string): string {
  if (isQuestionId(id)) return QUESTIONS[id].title;
  if (isOutcomeId(id)) return OUTCOMES[id].name;
  return 'Review your answers';
}

function asNodeId(value: unknown): NodeId {
  if (typeof value === 'string' && (isQuestionId(value) || isOutcomeId(value) || value === 'review')) return value;
  throw new Error('The quiz machine has a state the graph does not know.');
}

function edgeLabel(from: NodeId, event: QuizEvent): string {
  if (event.type === 'ANSWER' && isQuestionId(from)) return answerLabel(from, event.value);
  return 'Confirm';
}

/** Nodes (from the machine's states) and distinct edges (from exploration). */
export function getQuizGraph(): QuizGraph {
  const nodes = Object.keys(quizMachine.root.states).map((id) => {
    const nodeId = asNodeId(id);
    return { id: nodeId, kind: nodeKind(id), label: nodeLabel(id) };
  });
  const edges = new Map<string, QuizGraphEdge>();
  for (const entry of getExploredSnapshots()) {
    const from = asNodeId(entry.state.value);
    for (const { event, state: next } of entry.moves) {
      const to = asNodeId(next.value);
      if (to === from) continue;
      const value = event.type === 'ANSWER' ? event.value : null;
      const type = event.type === 'ANSWER' ? 'ANSWER' : 'CONFIRM';
      edges.set(JSON.stringify([from, value, to]), { from, to, event: type, value, label: edgeLabel(from, event) });
    }
  }
  // Stable order for rendering: by screen, then by the question's option order.
  const rank = (edge: QuizGraphEdge): number[] => {
    const from = nodes.findIndex((n) => n.id === edge.from);
    const to = nodes.findIndex((n) => n.id === edge.to);
    const option = isQuestionId(edge.from) ? QUESTIONS[edge.from].options.findIndex((o) => o.value === edge.value) : 0;
    return [from, option, to];
  };
  const sorted = [...edges.values()].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return (ra[0] ?? 0) - (rb[0] ?? 0) || (ra[1] ?? 0) - (rb[1] ?? 0) || (ra[2] ?? 0) - (rb[2] ?? 0);
  });
  return { nodes, edges: sorted };
}

/**
 * The full tree of runs, one leaf per outcome reached, for a no-JS map.
 * Answers that lead to the same explored snapshot share a branch: every
 * option of an advice question does, since exploration ignores those
 * answers (serializeSnapshot).
 */
export function getDecisionTree(): DecisionTreeNode {
  const map = getQuizAdjacency();
  const build = (snapshot: QuizSnapshot): DecisionTreeNode => {
    const id = asNodeId(snapshot.value);
    const entry = map[serializeSnapshot(snapshot) as SerializedSnapshot];
    const groups = new Map<string, { moves: Move[] }>();
    for (const move of movesOf(entry)) {
      if (move.state.value === snapshot.value) continue;
      const key = serializeSnapshot(move.state);
      const group = groups.get(key) ?? { moves: [] };
      group.moves.push(move);
      groups.set(key, group);
    }
    const branches = [...groups.values()].map(({ moves }) => {
      const [first] = moves as [Move, ...Move[]];
      const values = moves.flatMap(({ event }) => (event.type === 'ANSWER' ? [event.value] : []));
      return {
        event: first.event.type === 'ANSWER' ? ('ANSWER' as const) : ('CONFIRM' as const),
        value: values[0] ?? null,
        values,
        label: moves.map(({ event }) => edgeLabel(id, event)).join(' / '),
        node: build(first.state),
      };
    });
    return { id, kind: nodeKind(id), answers: snapshot.context.answers, branches };
  };
  const root = entriesOf(map)[0];
  if (root === undefined) throw new Error('The quiz machine has no initial state.');
  return build(root.state);
}

let shortest: ReturnType<typeof getShortestPaths<typeof quizMachine>> | undefined;

/** The fewest answers that reach `outcome`, as ANSWER events in order. */
export function shortestPathTo(outcome: OutcomeId): AnswerPair[] {
  shortest ??= getShortestPaths(quizMachine, TRAVERSAL);
  const candidates = shortest.filter((path) => path.state.value === outcome).sort((a, b) => a.weight - b.weight);
  const best = candidates[0];
  if (best === undefined) return [];
  // Each step carries the event that led into its state; the question that
  // event answered is the previous step's state.
  const pairs: AnswerPair[] = [];
  best.steps.forEach((step, index) => {
    const previous = best.steps[index - 1];
    if (previous === undefined || step.event.type !== 'ANSWER') return;
    const question = previous.state.value;
    if (isQuestionId(question)) pairs.push({ question, value: step.event.value });
  });
  return pairs;
}

/** The answers a path sets, as a record (handy for replay and decide). */
export function pairsToAnswers(pairs: readonly AnswerPair[]): Answers {
  return pairs.reduce<Answers>((answers, { question, value }) => setAnswer(answers, question, value), {});
}

