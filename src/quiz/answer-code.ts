/**
 * The one reader of the `?a=` answer code, e.g. `2.gclchsaedsst`.
 *
 * Format: `<edition>.` then one pair of characters per answer, in the order
 * the questions were asked: the question's code, then the answer's code.
 * Letters are read case-insensitively, since links get retyped.
 *
 * This module imports nothing: it reads against the code tables of every
 * edition (question code → question id and option codes) that codec.ts
 * derives from the question records for the quiz and the result pages, and
 * that the build embeds on the decision map for its small highlight script.
 * Same reader, same table source.
 *
 * A link of an older edition is read with that edition's table; questions
 * added since are filled in as the record's `before` says: an assumed
 * answer (`implied`), so the link keeps the result it always had, or "not
 * asked" (`notAsked`), which the result states.
 */

/** Longer values are rejected before any parsing. */
export const MAX_ENCODED_LENGTH = 2048;

const ALLOWED = /^[A-Za-z0-9._-]*$/;

/** Question code → [question id, [option code, option value] in option order]. */
export interface CodeTable {
  readonly [questionCode: string]: readonly [string, readonly (readonly [string, string])[]];
}

/** One version of the code: its table, and the answers its links leave out but mean. */
export interface CodeVersion {
  readonly table: CodeTable;
  /** [question id, option value] pairs added to every link of this version that lacks them. */
  readonly implied: readonly (readonly [string, string])[];
  /** Questions this version's links never asked, and whose answer is not assumed. */
  readonly notAsked: readonly string[];
}

export interface CodeVersions {
  readonly [version: string]: CodeVersion;
}

export type CodeErrorKind = 'empty' | 'too-long' | 'invalid-chars' | 'no-version' | 'version' | 'question' | 'answer' | 'duplicate' | 'truncated';

export interface CodeError {
  readonly kind: CodeErrorKind;
  /** 1-based position of the answer pair the problem is in (0 before any pair). */
  readonly position: number;
  /** The question id concerned, when the problem is in a known question's pair. */
  readonly question: string | null;
}

export interface CodeReading {
  /** [question id, option value] pairs read before any problem, in link order, then any implied by an older version. */
  readonly pairs: readonly (readonly [string, string])[];
  readonly error: CodeError | null;
  /** The link's version, once read. */
  readonly version: string | null;
  /** Question ids whose answers the link's (older) version implied. */
  readonly implied: readonly string[];
  /** Question ids the link's (older) version never asked (not assumed either). */
  readonly notAsked: readonly string[];
}

export function readAnswerCode(raw: string | null | undefined, versions: CodeVersions): CodeReading {
  const pairs: (readonly [string, string])[] = [];
  const seen = new Set<string>();
  let version: string | null = null;
  let known: CodeVersion | undefined;
  // Once the edition is known, what it implies holds for a damaged link too.
  const finish = (error: CodeError | null): CodeReading => {
    const implied = known?.implied.filter(([question]) => !seen.has(question)) ?? [];
    return {
      pairs: [...pairs, ...implied],
      error,
      version,
      implied: implied.map(([question]) => question),
      notAsked: known?.notAsked.filter((question) => !seen.has(question)) ?? [],
    };
  };
  const fail = (kind: CodeErrorKind, position = 0, question: string | null = null): CodeReading => finish({ kind, position, question });
  if (typeof raw !== 'string' || raw.length === 0) return fail('empty');
  if (raw.length > MAX_ENCODED_LENGTH) return fail('too-long');
  if (!ALLOWED.test(raw)) return fail('invalid-chars');
  const dot = raw.indexOf('.');
  if (dot < 0) return fail('no-version');
  known = Object.hasOwn(versions, raw.slice(0, dot)) ? versions[raw.slice(0, dot)] : undefined;
  if (known === undefined) return fail('version');
  version = raw.slice(0, dot);
  const { table } = known;

  const body = raw.slice(dot + 1).toLowerCase();
  for (let i = 0; i < body.length; i += 2) {
    const position = i / 2 + 1;
    const code = body.charAt(i);
    const def = Object.hasOwn(table, code) ? table[code] : undefined;
    if (def === undefined) return fail('question', position);
    const [question, options] = def;
    if (seen.has(question)) return fail('duplicate', position, question);
    if (i + 1 >= body.length) return fail('truncated', position, question);
    const option = options.find(([optionCode]) => optionCode === body.charAt(i + 1));
    if (option === undefined) return fail('answer', position, question);
    seen.add(question);
    pairs.push([question, option[1]]);
  }
  return finish(null);
}
