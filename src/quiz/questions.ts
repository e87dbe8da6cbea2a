/**
 * The quiz's questions as the logic uses them, derived from the records in
 * src/quiz/questions/ (one file per question, listed in asking order in
 * questions/index.ts): ids, titles, roles, the options with their URL codes
 * and "Not sure" appended, and the answer types. URL codes are part of the
 * linking contract: never reuse or change a code (see question.ts).
 */
import { UNSURE, UNSURE_SINCE, type Answers, type Before, type Question, type QuestionRole } from './question.ts';
import { QUESTION_RECORDS } from './questions/index.ts';

export { UNSURE, type Answers, type QuestionRole } from './question.ts';

type AnyRecord = (typeof QUESTION_RECORDS)[number];

export type QuestionId = AnyRecord['id'];

type RecordOf<Q extends QuestionId> = Extract<AnyRecord, { readonly id: Q }>;

/** A question's own options, as literal types ("Not sure" excluded). */
export type ConcreteValue<Q extends QuestionId = QuestionId> = RecordOf<Q> extends Question<string, infer V> ? V : never;
/** The answer values each question accepts: its options, or "Not sure". */
export type AnswerValue<Q extends QuestionId = QuestionId> = ConcreteValue<Q> | typeof UNSURE;

export interface AnswerOption {
  /** Stable value id, used in code and in the machine's events. */
  readonly value: string;
  /** One character used in the URL; unique within its question. */
  readonly code: string;
  /** Edition the option arrived in. */
  readonly since: number;
}

/** What the logic needs of a question: the record's identity and codes, without its words. */
export interface QuestionDef<Q extends QuestionId = QuestionId> {
  readonly id: Q;
  readonly code: string;
  readonly title: string;
  readonly role: QuestionRole;
  /** See question.ts: where an advice question's answer decides after all. */
  readonly decidesWhen?: (earlier: Answers) => boolean;
  readonly since: number;
  readonly before?: Before<string>;
  /** Its options in order, then "Not sure". */
  readonly options: readonly AnswerOption[];
}

/** Every question id, in the order the quiz asks them. */
export const QUESTION_ORDER: readonly QuestionId[] = QUESTION_RECORDS.map((record) => record.id);

/** The full record of a question: words, rules and all. */
export function questionRecord<Q extends QuestionId>(question: Q): RecordOf<Q> {
  return RECORDS_BY_ID[question] as RecordOf<Q>;
}

const RECORDS_BY_ID = Object.fromEntries(QUESTION_RECORDS.map((record) => [record.id, record])) as unknown as {
  readonly [Q in QuestionId]: RecordOf<Q>;
};

const UNSURE_OPTION: AnswerOption = { value: UNSURE, code: 'u', since: UNSURE_SINCE };

function concrete(record: Question): AnswerOption[] {
  return Object.entries(record.options).map(([value, option]) => ({ value, code: option.code, since: option.since ?? record.since }));
}

/** Every question, each with "Not sure" appended to its own options. */
export const QUESTIONS: { readonly [Q in QuestionId]: QuestionDef<Q> } = Object.fromEntries(
  QUESTION_RECORDS.map((record: Question) => [
    record.id,
    {
      id: record.id,
      code: record.code,
      title: record.title,
      role: record.role,
      since: record.since,
      ...(record.before === undefined ? {} : { before: record.before }),
      ...(record.decidesWhen === undefined ? {} : { decidesWhen: record.decidesWhen }),
      options: [...concrete(record), UNSURE_OPTION],
    },
  ]),
) as unknown as { readonly [Q in QuestionId]: QuestionDef<Q> };

/**
 * Whether the question's answer can change the outcome, given the answers
 * to the questions before it: always for an outcome question, and for an
 * advice question where its `decidesWhen` holds.
 */
export function decidesAt(question: QuestionId, earlier: Answers): boolean {
  const { role, decidesWhen } = QUESTIONS[question];
  return role === 'outcome' || (decidesWhen?.(earlier) ?? false);
}

/** A question's own options, without "Not sure": what an unsure answer stands for. */
export function concreteOptions(question: QuestionId): readonly AnswerOption[] {
  return QUESTIONS[question].options.slice(0, -1);
}

export function isQuestionId(value: string): value is QuestionId {
  return Object.hasOwn(QUESTIONS, value);
}

export function getOption(question: QuestionId, value: string): AnswerOption | undefined {
  return QUESTIONS[question].options.find((option) => option.value === value);
}

/** Narrows a plain string (from an event or a URL) to a valid answer. */
export function isAnswerValue<Q extends QuestionId>(question: Q, value: string): value is AnswerValue<Q> {
  return getOption(question, value) !== undefined;
}

/** Sets an answer given as a plain string; invalid values leave `answers` unchanged. */
export function setAnswer(answers: Answers, question: QuestionId, value: string): Answers {
  if (!isAnswerValue(question, value)) return answers;
  return { ...answers, [question]: value };
}
