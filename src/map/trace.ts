/**
 * Reads quiz answers from a link and follows them through the decision
 * tree, for the map's highlight script. Deliberately imports nothing: the
 * quiz modules carry every question's wording, which would make the script
 * several kilobytes. Instead the build embeds `MapData` (codes and the
 * machine's decision tree, see data.ts) on the map, and the
 * unit tests prove that `readAnswers` accepts exactly what codec.ts's
 * decodeAnswers accepts and that `tracePath` agrees with walk() and decide().
 */

/** What the build embeds on the map root (JSON in `data-map`). */
export interface MapData {
  /** Codec version the links must start with (CODEC_VERSION). */
  readonly v: string;
  /** Longest link value read at all (MAX_ENCODED_LENGTH). */
  readonly m: number;
  /** Question code → [question id, [option code, option value] in option order]. */
  readonly q: { readonly [code: string]: readonly [string, readonly (readonly [string, string])[]] };
  /** Outcome ids; a digit in the tree is an index into this list. */
  readonly o: readonly string[];
  /**
   * The machine's decision tree in preorder: a question code followed by one
   * subtree per option (in option order); `R` (review) followed by its one
   * subtree; a digit for an outcome; `-` for a branch that goes nowhere.
   */
  readonly t: string;
}

/** Question code → option code, as read from a link. */
export type Picks = ReadonlyMap<string, string>;

const ALLOWED = /^[A-Za-z0-9._-]*$/;

/** The answers in a link value, or null when decodeAnswers would refuse it. */
export function readAnswers(raw: string | null, data: MapData): Picks | null {
  if (!raw || raw.length > data.m || !ALLOWED.test(raw)) return null;
  const dot = raw.indexOf('.');
  if (dot < 0 || raw.slice(0, dot) !== data.v) return null;
  const body = raw.slice(dot + 1).toLowerCase();
  const picks = new Map<string, string>();
  for (let i = 0; i < body.length; i += 2) {
    const question = body.charAt(i);
    const option = body.charAt(i + 1);
    const def = Object.hasOwn(data.q, question) ? data.q[question] : undefined;
    if (!def || picks.has(question) || !def[1].some(([code]) => code === option)) return null;
    picks.set(question, option);
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
  /** The outcome reached, or null when a question on the path is unanswered. */
  readonly outcome: string | null;
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
      const index = def[1].findIndex(([code]) => code === picks.get(tree.charAt(at)));
      const option = def[1][index];
      if (!option) return { nodes, edges, options, outcome: null };
      options.push(`${id}:${option[1]}`);
      at += 1;
      for (let i = 0; i < index; i++) at = skip(at);
    } else if (id === 'review') {
      at += 1;
    } else {
      return { nodes, edges, options, outcome: id };
    }
    const next = idAt(at);
    if (next !== null) edges.push(`${id}->${next}`);
    id = next;
  }
  return { nodes, edges, options, outcome: null };
}
