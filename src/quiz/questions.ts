/**
 * The quiz's questions as typed data: ids, titles, options and the short
 * codes used in URLs. Their words (the question as asked, help, option
 * labels and hints) and related guide sections are in question-text.ts,
 * typed against this file so no option can lack them.
 *
 * Why two files: the machine, the flow and the URL codec need only this
 * one, and it is what the quiz page's startup JavaScript carries; the
 * words reach the quiz island as server-rendered props. URL codes are part
 * of the linking contract: never reuse or change a code, add new ones
 * instead (and bump CODEC_VERSION in answer-code.ts if a meaning changes).
 */

export interface AnswerOption {
  /** Stable value id, used in code and in the machine's events. */
  readonly value: string;
  /** One character used in the URL; unique within its question. */
  readonly code: string;
}

export interface QuestionDef {
  readonly id: string;
  /** One character used in the URL; unique across questions. */
  readonly code: string;
  /** Short title for review lists, the map, link messages and the ADR. */
  readonly title: string;
  readonly options: readonly AnswerOption[];
}

const DEFS = {
  goal: {
    id: 'goal',
    code: 'g',
    title: 'Goal',
    options: [
      { value: 'operations', code: 'o' },
      { value: 'cost', code: 'c' },
      { value: 'both', code: 'b' },
      { value: 'neither', code: 'n' },
    ],
  },
  location: {
    id: 'location',
    code: 'l',
    title: 'Where it runs',
    options: [
      { value: 'cloud', code: 'c' },
      { value: 'on-premises', code: 'p' },
      { value: 'hybrid', code: 'b' },
    ],
  },
  arrival: {
    id: 'arrival',
    code: 'a',
    title: 'How work arrives',
    options: [
      { value: 'per-event', code: 'e' },
      { value: 'timer-batches', code: 't' },
      { value: 'continuous', code: 'c' },
    ],
  },
  duration: {
    id: 'duration',
    code: 'd',
    title: 'How long one unit runs',
    options: [
      { value: 'short', code: 's' },
      { value: 'near-limit', code: 'n' },
      { value: 'beyond-limit', code: 'b' },
    ],
  },
  state: {
    id: 'state',
    code: 's',
    title: 'Where state lives',
    options: [
      { value: 'stateless', code: 'n' },
      { value: 'managed-data', code: 'm' },
      { value: 'own-data-layer', code: 'o' },
    ],
  },
  traffic: {
    id: 'traffic',
    code: 't',
    title: 'Traffic shape',
    options: [
      { value: 'spiky', code: 's' },
      { value: 'variable', code: 'v' },
      { value: 'steady-high', code: 'h' },
    ],
  },
  latency: {
    id: 'latency',
    code: 'r',
    title: 'Response time',
    options: [
      { value: 'tolerant', code: 't' },
      { value: 'interactive', code: 'i' },
      { value: 'strict', code: 's' },
    ],
  },
  team: {
    id: 'team',
    code: 'o',
    title: 'Team capacity',
    options: [
      { value: 'little', code: 'l' },
      { value: 'some', code: 's' },
      { value: 'platform', code: 'p' },
    ],
  },
} as const satisfies Record<string, QuestionDef>;

export type QuestionId = keyof typeof DEFS;

/** The answer values each question accepts, as literal types. */
export type AnswerValue<Q extends QuestionId = QuestionId> = (typeof DEFS)[Q]['options'][number]['value'];

/** Answers given so far; a question may be absent (not asked yet, or skipped). */
export type Answers = { readonly [Q in QuestionId]?: AnswerValue<Q> };

export const QUESTIONS: { readonly [Q in QuestionId]: QuestionDef & { readonly id: Q } } = DEFS;

/** Every question id, in the order the quiz asks them. */
export const QUESTION_ORDER = [
  'goal',
  'location',
  'arrival',
  'duration',
  'state',
  'traffic',
  'latency',
  'team',
] as const satisfies readonly QuestionId[];

export function isQuestionId(value: string): value is QuestionId {
  return Object.hasOwn(DEFS, value);
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
