import { describe, expect, it } from 'vitest';
import {
  OUTCOME_ORDER,
  QUESTIONS,
  decide,
  getDecisionTree,
  getQuizGraph,
  type DecisionTreeNode,
} from '../../../src/quiz/index.ts';
import type { NodeId } from '../../../src/quiz/graph.ts';
import { concreteOptions } from '../../../src/quiz/questions.ts';
import { allFlowPaths, fixtureOptions } from './support.ts';

describe('map data from the machine', () => {
  const graph = getQuizGraph();

  // The nodes come from the machine's states; they are checked against the
  // flow and the rules instead (walk() and decide() over every run), so a
  // missing, extra or misfiled node fails here, whatever the machine holds.
  it('nodes are the screens a run can show: each question the flow asks, review, each outcome the rules give', () => {
    const paths = allFlowPaths();
    const asked = new Set(paths.flatMap((p) => p.order));
    const outcomes = new Set(paths.map((p) => decide(p.answers).outcome));
    const kinds = new Map(graph.nodes.map((n) => [n.id, n.kind]));
    expect(graph.nodes).toHaveLength(kinds.size);
    expect(new Set(kinds.keys())).toEqual(new Set<string>([...asked, 'review', ...outcomes]));
    for (const q of asked) expect(kinds.get(q), q).toBe('question');
    for (const o of outcomes) expect(kinds.get(o), o).toBe('outcome');
    expect(kinds.get('review')).toBe('review');
    // Listed in asking order, review and the outcomes after the questions.
    const position = new Map(graph.nodes.map((n, i) => [n.id, i]));
    for (const { order } of paths) {
      const at = [...order, 'review'].map((id) => position.get(id as NodeId) ?? -1);
      expect(at, order.join(' ')).toEqual([...at].sort((a, b) => a - b));
    }
    for (const o of outcomes) expect(position.get(o)!).toBeGreaterThan(position.get('review')!);
  });

  it('every option of every question has at least one edge, and edges agree with the flow', () => {
    for (const node of graph.nodes.filter((n) => n.kind === 'question')) {
      const question = QUESTIONS[node.id as keyof typeof QUESTIONS];
      // "Not sure" is no edge: it stands for all of them (graph.ts).
      for (const option of concreteOptions(question.id)) {
        expect(graph.edges.some((e) => e.from === node.id && e.value === option.value), `${node.id}/${option.value}`).toBe(true);
      }
    }
    // Each edge is a step the flow can take on some path. The paths fix advice
    // answers (support.ts), whose options all take the same step: compare those by question.
    const key = (q: keyof typeof QUESTIONS, value: string, to: string) =>
      `${q}|${QUESTIONS[q].role === 'advice' ? fixtureOptions(q)[0] : value}|${to}`;
    const steps = new Set<string>();
    for (const { answers, order } of allFlowPaths()) {
      order.forEach((q, i) => steps.add(key(q, answers[q] ?? '', order[i + 1] ?? 'review')));
    }
    const answerEdges = graph.edges.filter((e) => e.event === 'ANSWER');
    for (const edge of answerEdges) {
      expect(steps.has(key(edge.from as keyof typeof QUESTIONS, edge.value ?? '', edge.to)), JSON.stringify(edge)).toBe(true);
    }
    expect(new Set(answerEdges.map((e) => key(e.from as keyof typeof QUESTIONS, e.value ?? '', e.to))).size).toBe(steps.size);
    expect(graph.edges.filter((e) => e.event === 'CONFIRM').map((e) => e.to).sort()).toEqual([...OUTCOME_ORDER].sort());
  });

  it('on premises only leads straight to review', () => {
    expect(graph.edges.filter((e) => e.from === 'location' && e.value === 'on-premises').map((e) => e.to)).toEqual(['review']);
  });

  it('the decision tree has one leaf per complete path, each ending in decide()’s outcome', () => {
    const leaves: DecisionTreeNode[] = [];
    const visit = (node: DecisionTreeNode): void => {
      if (node.branches.length === 0) leaves.push(node);
      for (const branch of node.branches) visit(branch.node);
    };
    const tree = getDecisionTree();
    expect(tree.id).toBe('goal');
    visit(tree);
    expect(leaves).toHaveLength(allFlowPaths().length);
    for (const leaf of leaves) {
      expect(leaf.kind).toBe('outcome');
      expect(leaf.id).toBe(decide(leaf.answers).outcome);
    }
  });
});
