/**
 * Answers <-> the versioned `?a=` value, for the quiz and the result pages.
 *
 * Reading is answer-code.ts's job (the one reader, shared with the decision
 * map); this module supplies the code table from questions.ts, writes codes,
 * and turns reading problems into plain messages. Decoding never throws and
 * never echoes the input back: messages name positions and question titles
 * from our own data only, so they are safe to show as text anywhere.
 */
import { MAX_ENCODED_LENGTH, readAnswerCode, type CodeError, type CodeTable, type CodeVersions } from './answer-code.ts';
import { EDITION } from './edition.ts';
import { NOT_ASKED, NOT_ASKED_CODE } from './question.ts';
import { QUESTIONS, QUESTION_ORDER, isQuestionId, type Answers, type QuestionId } from './questions.ts';

export { MAX_ENCODED_LENGTH } from './answer-code.ts';

/** The edition every new link is written in. */
export const CODEC_VERSION = String(EDITION);

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
      /** Questions an older link did not ask, read with the answer its quiz assumed (the record's `before`). */
      readonly implied: readonly QuestionId[];
      /** Questions the link's edition did not ask and whose answer is not assumed: answered NOT_ASKED. */
      readonly notAsked: readonly QuestionId[];
      /** The edition the link was written in. */
      readonly edition: number;
    }
  | {
      readonly ok: false;
      readonly error: DecodeError;
      /** Answers read before the problem, usable to resume, with what the link's edition implies. */
      readonly validPrefix: Answers;
      readonly order: readonly QuestionId[];
      readonly implied: readonly QuestionId[];
      readonly notAsked: readonly QuestionId[];
      /** The link's edition, when it could be read. */
      readonly edition: number | null;
    };

/** The code table of one edition: its questions and options, "Not sure" from its edition on. */
function tableOf(edition: number): CodeTable {
  const table: Record<string, CodeTable[string]> = {};
  for (const id of QUESTION_ORDER) {
    const { code, options, since, before } = QUESTIONS[id];
    if (since > edition) continue;
    const codes = options.filter((o) => o.since <= edition).map((o) => [o.code, o.value] as const);
    // A question whose older links read "not asked" can say so in any later link too.
    if (before === 'not-asked') codes.push([NOT_ASKED_CODE, NOT_ASKED]);
    table[code] = [id, codes];
  }
  return table;
}

/** The code table of the current edition. */
export function codeTable(): CodeTable {
  return tableOf(EDITION);
}

/**
 * Every edition's table (also embedded on the decision map), derived from
 * each question's `since` and `before`: nothing is kept per edition. A link
 * of an older edition implies the assumed answers of the questions added
 * after it, and lists the ones it did not ask.
 */
export function codeVersions(): CodeVersions {
  const versions: Record<string, CodeVersions[string]> = {};
  for (let edition = 1; edition <= EDITION; edition++) {
    const implied: (readonly [string, string])[] = [];
    const notAsked: string[] = [];
    for (const id of QUESTION_ORDER) {
      const { since, before } = QUESTIONS[id];
      if (since <= edition) continue;
      if (before === 'not-asked') notAsked.push(id);
      else if (before !== undefined) implied.push([id, before.assume]);
    }
    versions[String(edition)] = { table: tableOf(edition), implied, notAsked };
  }
  return versions;
}

const VERSIONS = codeVersions();

/** Encodes the answers of `order` (default: asking order) that have a value. */
export function encodeAnswers(answers: Answers, order: readonly QuestionId[] = QUESTION_ORDER): string {
  let body = '';
  const seen = new Set<QuestionId>();
  for (const question of order) {
    const value = answers[question];
    if (value === undefined || seen.has(question)) continue;
    const code = value === NOT_ASKED ? (QUESTIONS[question].before === 'not-asked' ? NOT_ASKED_CODE : undefined) : QUESTIONS[question].options.find((o) => o.value === value)?.code;
    if (code === undefined) continue;
    seen.add(question);
    body += QUESTIONS[question].code + code;
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
  const notAsked = reading.notAsked.filter(isQuestionId);
  for (const question of notAsked) answers = { ...answers, [question]: NOT_ASKED };
  const given = order.filter((q) => !implied.includes(q));
  if (reading.error === null) return { ok: true, answers, order: given, implied, notAsked, edition: Number(reading.version) };
  return { ok: false, error: describe(reading.error), validPrefix: answers, order: given, implied, notAsked, edition: reading.version === null ? null : Number(reading.version) };
}
