/**
 * Follows the answers in a link through the decision tree, for the map's
 * highlight script. The link is read by the quiz's one reader
 * (src/quiz/answer-code.ts, which imports nothing) against the code table
 * the build embeds as `MapData` (see data.ts), so no quiz wording ships to
 * the browser. The unit tests prove `tracePath` agrees with walk() and
 * decide().
 */
// `?map` makes this a separate module id for the bundler: the same source
// file, bundled into the map's own small script, which then stays inline
// instead of sharing a chunk (an extra request) with the quiz islands.
import { readAnswerCode } from '../quiz/answer-code.ts?map';
import type { CodeTable, CodeVersions } from '../quiz/answer-code.ts';

/** The codes and tree the build writes for the highlight script (part of /quiz/map/data.json). */
export interface MapData {
  /** The tree's code table: question code → [question id, [option code, option value]], "Not sure" left out (it is no branch). */
  readonly q: CodeTable;
  /** Every version's table, for reading links (codec.ts's codeVersions()). */
  readonly v: CodeVersions;
  /** Outcome ids; a digit in the tree is an index into this list. */
  readonly o: readonly string[];
  /**
   * The machine's decision tree in preorder: a question code followed by one
   * subtree per option (in option order), or by `*` and one subtree that
   * every option shares (advice questions); `R` (review) followed by its one
   * subtree; a digit for an outcome; `-` for a branch that goes nowhere.
   */
  readonly t: string;
}

/** What /quiz/map/data.json holds: the map data and each outcome's name. */
export interface HighlightData extends MapData {
  readonly names: Readonly<Record<string, string>>;
}

/** Question code → option code, as read from a link; `?` for "Not sure". */
export type Picks = ReadonlyMap<string, string>;

/** The answers in a link value, or null when the quiz's reader refuses it. */
export function readAnswers(raw: string | null, data: MapData): Picks | null {
  const reading = readAnswerCode(raw, data.v);
  if (reading.error !== null) return null;
  const picks = new Map<string, string>();
  for (const [code, [question, options]] of Object.entries(data.q)) {
    const value = reading.pairs.find(([id]) => id === question)?.[1];
    // A question the link's edition never asked follows the shared branch, like "Not sure".
    if (value === undefined && !reading.notAsked.includes(question)) continue;
    picks.set(code, options.find(([, v]) => v === value)?.[0] ?? '?');
  }
  return picks;
}

export interface Trace {
  /** Node ids on the path, in order: questions, then review and the outcome when complete. */
  readonly nodes: readonly string[];
  /** `from->to` for each step taken. */
  readonly edges: readonly string[];
  /** `question:value` for each answer on the path. */
  readonly options: readonly string[];
  /** The outcome reached, or null when a question on the path is unanswered or "Not sure". */
  readonly outcome: string | null;
  /** The question where a "Not sure" answer leaves more than one path, if any. */
  readonly unsure: string | null;
}

/** Follows the answers through the tree; answers the quiz would not ask are ignored. */
export function tracePath(data: MapData, picks: Picks): Trace {
  const tree = data.t;
  const question = (at: number) => (Object.hasOwn(data.q, tree.charAt(at)) ? data.q[tree.charAt(at)] : undefined);
  const idAt = (at: number): string | null => {
    const char = tree.charAt(at);
    if (char === 'R') return 'review';
    return question(at)?.[0] ?? data.o[Number.parseInt(char, 10)] ?? null;
  };
  // Index just past the subtree that starts at `at`.
  const skip = (at: number): number => {
    if (tree.charAt(at) === 'R') return skip(at + 1);
    if (tree.charAt(at + 1) === '*') return skip(at + 2);
    let end = at + 1;
    for (const _ of question(at)?.[1] ?? []) end = skip(end);
    return end;
  };

  const nodes: string[] = [];
  const edges: string[] = [];
  const options: string[] = [];
  let at = 0;
  for (let id = idAt(at); id !== null; ) {
    nodes.push(id);
    const def = question(at);
    if (def) {
      const pick = picks.get(tree.charAt(at));
      const shared = tree.charAt(at + 1) === '*';
      const index = def[1].findIndex(([code]) => code === pick);
      const option = def[1][index];
      // "Not sure" follows a shared branch; elsewhere it is every branch at once.
      if (pick === '?' && shared) at += 2;
      else if (!option) return { nodes, edges, options, outcome: null, unsure: pick === '?' ? id : null };
      else {
        options.push(`${id}:${option[1]}`);
        at += shared ? 2 : 1;
        for (let i = 0; i < index && !shared; i++) at = skip(at);
      }
    } else if (id === 'review') {
      at += 1;
    } else {
      return { nodes, edges, options, outcome: id, unsure: null };
    }
    const next = idAt(at);
    if (next !== null) edges.push(`${id}->${next}`);
    id = next;
  }
  return { nodes, edges, options, outcome: null, unsure: null };
}
