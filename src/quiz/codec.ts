/**
 * Answers <-> a short, versioned URL value, e.g. `1.gclcaedsst` .
 *
 * Format: `<version>.` then one pair of characters per answer, in the order
 * the questions were asked: the question's code, then the answer's code
 * (both defined in questions.ts). Letters are read case-insensitively, since
 * links get retyped. Decoding never throws and never echoes the input back:
 * error messages name positions and question titles from our own data only,
 * so they are safe to show as text anywhere.
 */
import { QUESTIONS, QUESTION_ORDER, type AnswerOption, type Answers, type QuestionId } from './questions.ts';

export const CODEC_VERSION = '1';
/** Longer values are rejected before any parsing. */
export const MAX_ENCODED_LENGTH = 2048;

const ALLOWED = /^[A-Za-z0-9._-]*$/;

export type DecodeErrorKind =
  | 'empty'
  | 'too-long'
  | 'invalid-chars'
  | 'version'
  | 'question'
  | 'answer'
  | 'duplicate'
  | 'truncated';

export interface DecodeError {
  readonly kind: DecodeErrorKind;
  /** Plain text for people; contains no part of the input. */
  readonly message: string;
}

export type DecodeResult =
  | { readonly ok: true; readonly answers: Answers; readonly order: readonly QuestionId[] }
  | {
      readonly ok: false;
      readonly error: DecodeError;
      /** Answers read before the problem, usable to resume. */
      readonly validPrefix: Answers;
      readonly order: readonly QuestionId[];
    };

/** Encodes the answers of `order` (default: asking order) that have a value. */
export function encodeAnswers(answers: Answers, order: readonly QuestionId[] = QUESTION_ORDER): string {
  let body = '';
  const seen = new Set<QuestionId>();
  for (const question of order) {
    const value = answers[question];
    if (value === undefined || seen.has(question)) continue;
    const option = QUESTIONS[question].options.find((o) => o.value === value);
    if (option === undefined) continue;
    seen.add(question);
    body += QUESTIONS[question].code + option.code;
  }
  return `${CODEC_VERSION}.${body}`;
}

const QUESTION_BY_CODE = new Map<string, QuestionId>(QUESTION_ORDER.map((id) => [QUESTIONS[id].code, id]));

function findOption(question: QuestionId, code: string): AnswerOption | undefined {
  return QUESTIONS[question].options.find((o) => o.code === code);
}

export function decodeAnswers(raw: string | null | undefined): DecodeResult {
  const fail = (kind: DecodeErrorKind, message: string, answers: Answers = {}, order: QuestionId[] = []): DecodeResult => ({
    ok: false,
    error: { kind, message },
    validPrefix: answers,
    order,
  });

  if (typeof raw !== 'string' || raw.length === 0) return fail('empty', 'The link carries no quiz answers.');
  if (raw.length > MAX_ENCODED_LENGTH) {
    return fail('too-long', `The answers in the link are longer than ${MAX_ENCODED_LENGTH} characters, so they were not read.`);
  }
  if (!ALLOWED.test(raw)) {
    return fail('invalid-chars', 'The answers in the link contain characters the quiz never uses, so they were not read.');
  }

  const dot = raw.indexOf('.');
  if (dot < 0) return fail('version', 'The link does not start with a quiz version, so its answers could not be read.');
  if (raw.slice(0, dot) !== CODEC_VERSION) {
    return fail('version', 'The link was made by a different version of the quiz, so its answers could not be read.');
  }

  const body = raw.slice(dot + 1).toLowerCase();
  let answers: Answers = {};
  const order: QuestionId[] = [];
  for (let i = 0; i < body.length; i += 2) {
    const position = i / 2 + 1;
    const question = QUESTION_BY_CODE.get(body.charAt(i));
    if (question === undefined) {
      return fail('question', `Answer ${position} in the link refers to a question the quiz does not have.`, answers, order);
    }
    const title = QUESTIONS[question].title;
    if (order.includes(question)) {
      return fail('duplicate', `The link answers “${title}” more than once; the first answer was kept.`, answers, order);
    }
    if (i + 1 >= body.length) {
      return fail('truncated', `The link ends before the answer to “${title}”; it may have been cut off.`, answers, order);
    }
    const option = findOption(question, body.charAt(i + 1));
    if (option === undefined) {
      return fail('answer', `The answer to “${title}” in the link is not one of its options.`, answers, order);
    }
    answers = { ...answers, [question]: option.value };
    order.push(question);
  }
  return { ok: true, answers, order };
}
