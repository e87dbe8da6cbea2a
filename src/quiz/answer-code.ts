/**
 * The one reader of the `?a=` answer code, e.g. `1.gclcaedsst`.
 *
 * Format: `<version>.` then one pair of characters per answer, in the order
 * the questions were asked: the question's code, then the answer's code.
 * Letters are read case-insensitively, since links get retyped.
 *
 * This module imports nothing: it reads against a code table (question code
 * → question id and option codes) that codec.ts builds from questions.ts for
 * the quiz and the result pages, and that the build embeds on the decision
 * map for its small highlight script. Same reader, same table source.
 */

export const CODEC_VERSION = '1';
/** Longer values are rejected before any parsing. */
export const MAX_ENCODED_LENGTH = 2048;

const ALLOWED = /^[A-Za-z0-9._-]*$/;

/** Question code → [question id, [option code, option value] in option order]. */
export interface CodeTable {
  readonly [questionCode: string]: readonly [string, readonly (readonly [string, string])[]];
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
  /** [question id, option value] pairs read before any problem, in link order. */
  readonly pairs: readonly (readonly [string, string])[];
  readonly error: CodeError | null;
}

export function readAnswerCode(raw: string | null | undefined, table: CodeTable): CodeReading {
  const pairs: (readonly [string, string])[] = [];
  const fail = (kind: CodeErrorKind, position = 0, question: string | null = null): CodeReading => ({
    pairs,
    error: { kind, position, question },
  });
  if (typeof raw !== 'string' || raw.length === 0) return fail('empty');
  if (raw.length > MAX_ENCODED_LENGTH) return fail('too-long');
  if (!ALLOWED.test(raw)) return fail('invalid-chars');
  const dot = raw.indexOf('.');
  if (dot < 0) return fail('no-version');
  if (raw.slice(0, dot) !== CODEC_VERSION) return fail('version');

  const body = raw.slice(dot + 1).toLowerCase();
  const seen = new Set<string>();
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
  return { pairs, error: null };
}
