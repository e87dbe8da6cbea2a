/**
 * Answers <-> the versioned `?a=` value, for the quiz and the result pages.
 *
 * Reading is answer-code.ts's job (the one reader, shared with the decision
 * map); this module supplies the code table from questions.ts, writes codes,
 * and turns reading problems into plain messages. Decoding never throws and
 * never echoes the input back: messages name positions and question titles
 * from our own data only, so they are safe to show as text anywhere.
 */
import { CODEC_VERSION, MAX_ENCODED_LENGTH, readAnswerCode, type CodeError, type CodeTable, type CodeVersions } from './answer-code.ts';
import { QUESTIONS, QUESTION_ORDER, UNSURE, isQuestionId, type Answers, type QuestionId } from './questions.ts';

export { CODEC_VERSION, MAX_ENCODED_LENGTH } from './answer-code.ts';

export type DecodeErrorKind = 'empty' | 'too-long' | 'invalid-chars' | 'version' | 'question' | 'answer' | 'duplicate' | 'truncated';

export interface DecodeError {
  readonly kind: DecodeErrorKind;
  /** Plain text for people; contains no part of the input. */
  readonly message: string;
}

export type DecodeResult =
  | {
      readonly ok: true;
      readonly answers: Answers;
      readonly order: readonly QuestionId[];
      /** Questions an older link did not ask, read with the answer its quiz assumed (see questions.ts `assumedInV1`). */
      readonly implied: readonly QuestionId[];
    }
  | {
      readonly ok: false;
      readonly error: DecodeError;
      /** Answers read before the problem, usable to resume. */
      readonly validPrefix: Answers;
      readonly order: readonly QuestionId[];
    };

/** The code table of the current questions. */
export function codeTable(): CodeTable {
  const table: Record<string, CodeTable[string]> = {};
  for (const id of QUESTION_ORDER) {
    const { code, options } = QUESTIONS[id];
    table[code] = [id, options.map((o) => [o.code, o.value] as const)];
  }
  return table;
}

/**
 * Every version's table (also embedded on the decision map). Version 1 is
 * derived, not kept: the questions without `assumedInV1`, without "Not
 * sure"; its links imply the assumed answers of the rest.
 */
export function codeVersions(): CodeVersions {
  const v1: Record<string, CodeTable[string]> = {};
  const implied: (readonly [string, string])[] = [];
  for (const id of QUESTION_ORDER) {
    const { code, options, assumedInV1 } = QUESTIONS[id];
    if (assumedInV1 !== undefined) implied.push([id, assumedInV1]);
    else v1[code] = [id, options.filter((o) => o.value !== UNSURE).map((o) => [o.code, o.value] as const)];
  }
  return { '1': { table: v1, implied }, [CODEC_VERSION]: { table: codeTable(), implied: [] } };
}

const VERSIONS = codeVersions();

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

function describe(error: CodeError): DecodeError {
  const title = error.question !== null && isQuestionId(error.question) ? QUESTIONS[error.question].title : '';
  switch (error.kind) {
    case 'empty':
      return { kind: 'empty', message: 'The link carries no quiz answers.' };
    case 'too-long':
      return { kind: 'too-long', message: `The answers in the link are longer than ${MAX_ENCODED_LENGTH} characters, so they were not read.` };
    case 'invalid-chars':
      return { kind: 'invalid-chars', message: 'The answers in the link contain characters the quiz never uses, so they were not read.' };
    case 'no-version':
      return { kind: 'version', message: 'The link does not start with a quiz version, so its answers could not be read.' };
    case 'version':
      return { kind: 'version', message: 'The link was made by a different version of the quiz, so its answers could not be read.' };
    case 'question':
      return { kind: 'question', message: `Answer ${error.position} in the link refers to a question the quiz does not have.` };
    case 'duplicate':
      return { kind: 'duplicate', message: `The link answers “${title}” more than once; the first answer was kept.` };
    case 'truncated':
      return { kind: 'truncated', message: `The link ends before the answer to “${title}”; it may have been cut off.` };
    case 'answer':
      return { kind: 'answer', message: `The answer to “${title}” in the link is not one of its options.` };
  }
}

export function decodeAnswers(raw: string | null | undefined): DecodeResult {
  const reading = readAnswerCode(raw, VERSIONS);
  let answers: Answers = {};
  const order: QuestionId[] = [];
  for (const [question, value] of reading.pairs) {
    if (!isQuestionId(question)) continue;
    answers = { ...answers, [question]: value };
    order.push(question);
  }
  const implied = reading.implied.filter(isQuestionId);
  if (reading.error === null) return { ok: true, answers, order: order.filter((q) => !implied.includes(q)), implied };
  return { ok: false, error: describe(reading.error), validPrefix: answers, order };
}
