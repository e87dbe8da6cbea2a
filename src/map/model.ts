/**
 * The decision map's model, computed at build time from the quiz machine:
 * the graph and decision tree that xstate/graph explores (src/quiz/graph.ts),
 * the screens in order, and edges grouped by (from, to). The layout, the text
 * version and the highlight data (side by side in this folder) all read it,
 * so the quiz and the map cannot disagree.
 */
import {
  OUTCOME_ORDER,
  QUESTION_ORDER,
  getDecisionTree,
  getQuizGraph,
  isOutcomeId,
  isQuestionId,
  type NodeId,
  type OutcomeId,
  type QuizGraphEdge,
} from '../quiz/index.ts';
import { mapOutcomeAnchor, mapQuestionAnchor } from '../quiz/routes.ts';
import { concreteOptions } from '../quiz/questions.ts';

/** The public fragment of a node on the map page: q-<question>, review, o-<outcome>. */
export function mapAnchor(id: NodeId): string {
  if (isQuestionId(id)) return mapQuestionAnchor(id);
  if (isOutcomeId(id)) return mapOutcomeAnchor(id);
  return 'review';
}

export const graph = getQuizGraph();
export const tree = getDecisionTree();

const NODE_LABEL = new Map(graph.nodes.map((n) => [n.id, n.label]));
export function nodeLabel(id: NodeId): string {
  return NODE_LABEL.get(id) ?? id;
}

/** Screens in asking order (questions, then review), then the outcomes. */
export const SPINE: readonly NodeId[] = [...QUESTION_ORDER, 'review'].filter((id) => NODE_LABEL.has(id as NodeId)) as NodeId[];
export const ENDS: readonly OutcomeId[] = OUTCOME_ORDER.filter((id) => NODE_LABEL.has(id));
for (const node of graph.nodes) {
  if (!SPINE.includes(node.id) && !ENDS.includes(node.id as OutcomeId)) {
    throw new Error(`The quiz machine has a state the map cannot place: ${node.id}`);
  }
}

// ---------------------------------------------------------------------------
// Edges grouped by (from, to), with the answers that take each one.

export interface MapEdge {
  readonly from: NodeId;
  readonly to: NodeId;
  /** `from->to`, the highlight hook. */
  readonly key: string;
  readonly event: 'ANSWER' | 'CONFIRM';
  /** Answer values that take this edge (empty for CONFIRM). */
  readonly values: readonly string[];
  /** Answer labels that take this edge, or ['any answer'] when every option does. */
  readonly label: readonly string[];
}

function groupEdges(edges: readonly QuizGraphEdge[]): MapEdge[] {
  const byPair = new Map<string, { from: NodeId; to: NodeId; event: 'ANSWER' | 'CONFIRM'; edges: QuizGraphEdge[] }>();
  for (const edge of edges) {
    const key = `${edge.from}->${edge.to}`;
    const group = byPair.get(key) ?? { from: edge.from, to: edge.to, event: edge.event, edges: [] };
    group.edges.push(edge);
    byPair.set(key, group);
  }
  return [...byPair.entries()].map(([key, group]) => {
    const values = group.edges.flatMap((e) => (e.value === null ? [] : [e.value]));
    const all = isQuestionId(group.from) && concreteOptions(group.from).every((o) => values.includes(o.value));
    const label = group.event === 'CONFIRM' ? [] : all ? ['any answer'] : group.edges.map((e) => e.label);
    return { key, from: group.from, to: group.to, event: group.event, values, label };
  });
}

export const MAP_EDGES: readonly MapEdge[] = groupEdges(graph.edges);
