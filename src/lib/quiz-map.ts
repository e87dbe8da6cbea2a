/**
 * The decision map as data, computed at build time from the quiz machine.
 *
 * Everything the map shows comes from getQuizGraph() and getDecisionTree()
 * (both explore the XState machine), plus the typed wording next to it, so
 * the quiz and the map cannot disagree. Three products:
 *   - `mapLayout()`: boxes and paths for the SVG diagram;
 *   - `mapText()`: the accessible text version, one section per screen;
 *   - `mapData()`: the codes and the decision tree the highlight script
 *     follows in the browser (see src/components/quiz/map/trace.ts).
 */
import {
  CODEC_VERSION,
  MAX_ENCODED_LENGTH,
  NEEDED,
  OUTCOMES,
  OUTCOME_ORDER,
  QUESTIONS,
  QUESTION_ORDER,
  RULES,
  getDecisionTree,
  getQuizGraph,
  getSection,
  isOutcomeId,
  isQuestionId,
  sectionUrl,
  type DecisionTreeNode,
  type NodeId,
  type NodeKind,
  type OutcomeId,
  type QuestionId,
  type QuizGraphEdge,
  type Rule,
  type SectionRef,
} from '../quiz/index.ts';
import type { MapData } from '../components/quiz/map/trace.ts';

/** The public fragment of a node on the map page: q-<question>, review, o-<outcome>. */
export function mapAnchor(id: NodeId): string {
  if (isQuestionId(id)) return `q-${id}`;
  if (isOutcomeId(id)) return `o-${id}`;
  return 'review';
}

/** The result page of an outcome. */
export function resultUrl(outcome: OutcomeId): string {
  return `/quiz/result/${outcome}/`;
}

const graph = getQuizGraph();
const tree = getDecisionTree();

const NODE_LABEL = new Map(graph.nodes.map((n) => [n.id, n.label]));
function nodeLabel(id: NodeId): string {
  return NODE_LABEL.get(id) ?? id;
}

/** Screens in asking order (questions, then review), then the outcomes. */
const SPINE: readonly NodeId[] = [...QUESTION_ORDER, 'review'].filter((id) => NODE_LABEL.has(id as NodeId)) as NodeId[];
const ENDS: readonly OutcomeId[] = OUTCOME_ORDER.filter((id) => NODE_LABEL.has(id));
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
    const all = isQuestionId(group.from) && QUESTIONS[group.from].options.every((o) => values.includes(o.value));
    const label = group.event === 'CONFIRM' ? [] : all ? ['any answer'] : group.edges.map((e) => e.label);
    return { key, from: group.from, to: group.to, event: group.event, values, label };
  });
}

export const MAP_EDGES: readonly MapEdge[] = groupEdges(graph.edges);

// ---------------------------------------------------------------------------
// Layout: a vertical spine of screens in asking order, the outcomes in a row
// beneath. Edges to the next screen run straight down; edges that skip
// screens leave the box sideways and run down a lane at the edge of the
// drawing (one lane per skipped-to target, alternating left and right), so
// every skip into the same screen shares one lane instead of crossing boxes.

export const SVG_WIDTH = 800;
const CX = SVG_WIDTH / 2;
const BOX_W = 256;
const BOX_H = 44;
const GAP = 54;
const TOP = 12;
const LANE_MARGIN = 22;
const LANE_STEP = 14;
const CORNER = 10;
const END_W = 212;
const END_H = 56;
const END_GAP = 32;
const FAN = 70;
const LINE = 15;
/** Rough width of one character of a 13px label, to decide where to wrap. */
const CHAR_W = 6.6;

export interface MapNodeBox {
  readonly id: NodeId;
  readonly kind: NodeKind;
  readonly label: string;
  /** Question number in asking order, for questions. */
  readonly number?: number;
  readonly anchor: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface MapLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly lines: readonly string[];
}

export interface MapEdgePath {
  readonly key: string;
  readonly d: string;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly MapNodeBox[];
  readonly edges: readonly MapEdgePath[];
  readonly labels: readonly MapLabel[];
}

/** Greedy word wrap to lines of at most `chars` characters (a longer word gets a line of its own). */
function greedy(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Word wrap into as few lines as fit in `chars`, with line lengths as even as possible. */
function wrapWords(text: string, chars: number): string[] {
  if (text.length <= chars) return [text];
  const count = Math.ceil(text.length / chars);
  for (let width = Math.ceil(text.length / count); width < chars; width++) {
    const lines = greedy(text, width);
    if (lines.length <= count) return lines;
  }
  return greedy(text, chars);
}

/** One line if it fits in `chars`, else each answer on lines of its own. */
function wrap(label: readonly string[], chars: number): string[] {
  const one = label.join(' · ');
  if (one.length <= chars) return [one];
  return label.flatMap((part, i) => wrapWords(i < label.length - 1 ? `${part} ·` : part, chars));
}

const round = (n: number): number => Math.round(n * 10) / 10;

function layout(): MapLayout {
  const boxes = new Map<NodeId, MapNodeBox>();
  SPINE.forEach((id, rank) => {
    const number = isQuestionId(id) ? QUESTION_ORDER.indexOf(id) + 1 : undefined;
    boxes.set(id, {
      id,
      kind: id === 'review' ? 'review' : 'question',
      label: nodeLabel(id),
      ...(number === undefined ? {} : { number }),
      anchor: mapAnchor(id),
      x: CX - BOX_W / 2,
      y: TOP + rank * (BOX_H + GAP),
      w: BOX_W,
      h: BOX_H,
    });
  });
  const spineBottom = TOP + SPINE.length * (BOX_H + GAP) - GAP;
  const endsTop = spineBottom + FAN;
  const rowWidth = ENDS.length * END_W + (ENDS.length - 1) * END_GAP;
  ENDS.forEach((id, i) => {
    boxes.set(id, {
      id,
      kind: 'outcome',
      label: nodeLabel(id),
      anchor: mapAnchor(id),
      x: CX - rowWidth / 2 + i * (END_W + END_GAP),
      y: endsTop,
      w: END_W,
      h: END_H,
    });
  });

  const rank = (id: NodeId): number => SPINE.indexOf(id);
  const isSkip = (e: MapEdge): boolean => rank(e.to) >= 0 && rank(e.to) !== rank(e.from) + 1;

  // Lanes: one per skipped-to target, alternating left and right, then further in.
  const skipTargets = [...new Set(MAP_EDGES.filter(isSkip).map((e) => e.to))].sort((a, b) => rank(a) - rank(b));
  const lanes = new Map<NodeId, { side: -1 | 1; x: number }>();
  skipTargets.forEach((target, i) => {
    const side = i % 2 === 0 ? -1 : 1;
    const depth = Math.floor(i / 2);
    const x = side < 0 ? LANE_MARGIN + depth * LANE_STEP : SVG_WIDTH - LANE_MARGIN - depth * LANE_STEP;
    lanes.set(target, { side, x });
  });

  const edges: MapEdgePath[] = [];
  const labels: MapLabel[] = [];
  const sideLabels = new Map<string, { x: number; y: number; anchor: 'start' | 'end'; lines: string[] }>();
  const box = (id: NodeId): MapNodeBox => {
    const found = boxes.get(id);
    if (!found) throw new Error(`No box for ${id}`);
    return found;
  };

  for (const edge of MAP_EDGES) {
    const a = box(edge.from);
    const b = box(edge.to);
    const lane = lanes.get(edge.to);
    if (b.kind === 'outcome') {
      // Fan out from the bottom of the review to the top of each outcome.
      const x0 = a.x + a.w / 2;
      const y0 = a.y + a.h;
      const x1 = b.x + b.w / 2;
      const y1 = b.y;
      const mid = (y0 + y1) / 2;
      edges.push({ key: edge.key, d: `M${x0} ${y0}C${x0} ${mid} ${x1} ${mid} ${x1} ${y1}` });
    } else if (!isSkip(edge) || !lane) {
      // Straight down to the next screen, labelled beside the line.
      const x = a.x + a.w / 2;
      const y0 = a.y + a.h;
      const y1 = b.y;
      edges.push({ key: edge.key, d: `M${x} ${y0}V${y1}` });
      const lines = wrap(edge.label, Math.floor((SVG_WIDTH - LANE_MARGIN * 2 - x - 24) / CHAR_W));
      if (lines.length > 0) {
        const first = (y0 + y1) / 2 - ((lines.length - 1) * LINE) / 2 + 4.5;
        labels.push({ x: x + 12, y: round(first), anchor: 'start', lines });
      }
    } else {
      // Out of the side, down the lane, into the same side of the target.
      const s = lane.side;
      const x0 = s < 0 ? a.x : a.x + a.w;
      const y0 = a.y + a.h / 2;
      const xt = s < 0 ? b.x : b.x + b.w;
      const y1 = b.y + b.h / 2;
      const lx = lane.x;
      const r = CORNER;
      edges.push({
        key: edge.key,
        d: `M${x0} ${y0}H${lx - s * r}Q${lx} ${y0} ${lx} ${y0 + r}V${y1 - r}Q${lx} ${y1} ${lx - s * r} ${y1}H${xt}`,
      });
      // One label per source and side, above the line where it leaves the box.
      const room = Math.floor((s < 0 ? x0 - lx : lx - x0) / CHAR_W) - 3;
      const where = `${edge.from}:${s}`;
      const existing = sideLabels.get(where);
      const lines = wrap(edge.label, room);
      if (!existing) {
        sideLabels.set(where, { x: x0 + s * 10, y: y0 - 7, anchor: s < 0 ? 'end' : 'start', lines });
      } else {
        for (const line of lines) if (!existing.lines.includes(line)) existing.lines.push(line);
      }
    }
  }
  for (const label of sideLabels.values()) {
    // Stack upwards so the last line sits just above the line it labels.
    labels.push({ ...label, y: round(label.y - (label.lines.length - 1) * LINE) });
  }

  return {
    width: SVG_WIDTH,
    height: endsTop + END_H + 4,
    nodes: [...boxes.values()],
    edges,
    labels,
  };
}

export const MAP_LAYOUT: MapLayout = layout();

// ---------------------------------------------------------------------------
// Text version.

export interface MapLink {
  readonly href: string;
  readonly text: string;
}

export interface MapOption {
  readonly value: string;
  /** `question:value`, the highlight hook. */
  readonly key: string;
  readonly label: string;
  readonly hint?: string;
  /** Screens this answer can lead to (several when earlier answers decide). */
  readonly next: readonly MapLink[];
  /** Outcomes still possible after this answer, over every run through it. */
  readonly outcomes: readonly MapLink[];
  readonly sections: readonly MapLink[];
}

export interface MapQuestion {
  readonly id: QuestionId;
  readonly number: number;
  readonly title: string;
  readonly text: string;
  readonly reason: string;
  readonly options: readonly MapOption[];
}

export interface MapRuleLine {
  readonly id: string;
  readonly question: MapLink;
  readonly text: string;
  readonly section: MapLink;
}

export interface MapOutcome {
  readonly id: OutcomeId;
  readonly name: string;
  readonly result: MapLink;
  readonly groups: readonly { readonly title: string; readonly rules: readonly MapRuleLine[] }[];
}

export interface MapText {
  readonly questions: readonly MapQuestion[];
  /** Where the review leads: the outcomes, by CONFIRM. */
  readonly review: { readonly title: string; readonly outcomes: readonly MapLink[] };
  readonly outcomes: readonly MapOutcome[];
}

function nodeLink(id: NodeId): MapLink {
  return { href: `#${mapAnchor(id)}`, text: nodeLabel(id) };
}

function sectionLink(ref: SectionRef): MapLink {
  return { href: sectionUrl(ref), text: getSection(ref).title };
}

/** For each `question:value`, the outcomes reachable through it in the machine's tree. */
function outcomesByAnswer(root: DecisionTreeNode): Map<string, Set<OutcomeId>> {
  const found = new Map<string, Set<OutcomeId>>();
  const visit = (node: DecisionTreeNode): Set<OutcomeId> => {
    if (isOutcomeId(node.id)) return new Set([node.id]);
    const below = new Set<OutcomeId>();
    for (const branch of node.branches) {
      const reached = visit(branch.node);
      for (const o of reached) below.add(o);
      if (branch.value !== null) {
        const key = `${node.id}:${branch.value}`;
        const set = found.get(key) ?? new Set<OutcomeId>();
        for (const o of reached) set.add(o);
        found.set(key, set);
      }
    }
    return below;
  };
  visit(root);
  return found;
}

const byRank = (a: NodeId, b: NodeId): number => {
  const order: readonly NodeId[] = [...SPINE, ...ENDS];
  return order.indexOf(a) - order.indexOf(b);
};

function ruleLine(rule: Rule): MapRuleLine {
  return { id: rule.id, question: nodeLink(rule.question), text: rule.explanation, section: sectionLink(rule.section) };
}

/**
 * The rules that lead to (or away from) an outcome, grouped the way
 * evaluate() applies them. Caveats are left to the result pages.
 */
function ruleGroups(outcome: OutcomeId): MapOutcome['groups'] {
  const others = OUTCOME_ORDER.filter((o) => o !== outcome);
  const ruleOuts = RULES.filter((r) => r.effect.kind === 'rule-out' && (r.effect.outcomes as readonly OutcomeId[]).includes(outcome));
  const decisive = RULES.filter(
    (r) => r.effect.kind === 'rule-out' && others.every((o) => (r.effect as { outcomes: readonly OutcomeId[] }).outcomes.includes(o)),
  );
  const prefers = RULES.filter((r) => r.effect.kind === 'prefer' && r.effect.outcome === outcome);
  const groups = [
    { title: 'Always the result when', rules: decisive },
    {
      title: outcome === 'serverless' ? 'Recommended unless a rule takes functions out' : 'Ruled out when',
      rules: ruleOuts,
    },
    { title: 'Chosen once functions are out, when the first preference that applies is one of', rules: prefers },
  ];
  // In asking order, so the list reads like the quiz; ties keep the table's order.
  const asked = (r: Rule): number => QUESTION_ORDER.indexOf(r.question);
  return groups
    .filter((g) => g.rules.length > 0)
    .map((g) => ({ title: g.title, rules: [...g.rules].sort((a, b) => asked(a) - asked(b)).map(ruleLine) }));
}

function text(): MapText {
  const reach = outcomesByAnswer(tree);
  const questions = QUESTION_ORDER.map((id, i): MapQuestion => {
    const def = QUESTIONS[id];
    const options = def.options.map((option): MapOption => {
      const key = `${id}:${option.value}`;
      const next = graph.edges
        .filter((e) => e.from === id && e.value === option.value)
        .map((e) => e.to)
        .sort(byRank);
      return {
        value: option.value,
        key,
        label: option.label,
        ...(option.hint === undefined ? {} : { hint: option.hint }),
        next: next.map(nodeLink),
        outcomes: OUTCOME_ORDER.filter((o) => reach.get(key)?.has(o)).map(nodeLink),
        sections: option.sections.map(sectionLink),
      };
    });
    return { id, number: i + 1, title: def.title, text: def.text, reason: NEEDED[id].reason, options };
  });
  const reviewTargets = graph.edges.filter((e) => e.from === 'review').map((e) => e.to).sort(byRank);
  const outcomes = OUTCOME_ORDER.map(
    (id): MapOutcome => ({
      id,
      name: OUTCOMES[id].name,
      result: { href: resultUrl(id), text: `The “${OUTCOMES[id].name}” result page` },
      groups: ruleGroups(id),
    }),
  );
  return { questions, review: { title: nodeLabel('review'), outcomes: reviewTargets.map(nodeLink) }, outcomes };
}

export const MAP_TEXT: MapText = text();

// ---------------------------------------------------------------------------
// Data for the highlight script.

function encodeTree(root: DecisionTreeNode): string {
  const encode = (node: DecisionTreeNode): string => {
    if (isQuestionId(node.id)) {
      const id = node.id;
      return (
        QUESTIONS[id].code +
        QUESTIONS[id].options
          .map((option) => {
            const branch = node.branches.find((b) => b.value === option.value);
            return branch ? encode(branch.node) : '-';
          })
          .join('')
      );
    }
    if (node.id === 'review') {
      const [only, ...rest] = node.branches;
      if (!only || rest.length > 0) throw new Error('The review should lead to exactly one outcome per run.');
      return `R${encode(only.node)}`;
    }
    const index = OUTCOME_ORDER.indexOf(node.id);
    if (index < 0 || index > 9) throw new Error(`Cannot encode outcome ${node.id}`);
    return String(index);
  };
  return encode(root);
}

function data(): MapData {
  const q: Record<string, readonly [string, readonly (readonly [string, string])[]]> = {};
  for (const id of QUESTION_ORDER) {
    const def = QUESTIONS[id];
    if (def.code === 'R' || /\d|-/.test(def.code)) throw new Error(`Question code ${def.code} clashes with the tree encoding.`);
    q[def.code] = [id, def.options.map((o) => [o.code, o.value] as const)];
  }
  return { v: CODEC_VERSION, m: MAX_ENCODED_LENGTH, q, o: [...OUTCOME_ORDER], t: encodeTree(tree) };
}

export const MAP_DATA: MapData = data();
