/** The decision map's SVG layout (boxes and paths), from the model. */
import { ENDS, MAP_EDGES, SPINE, mapAnchor, nodeLabel, type MapEdge } from './model.ts';
import { QUESTION_ORDER, isQuestionId, type NodeId, type NodeKind } from '../quiz/index.ts';

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

