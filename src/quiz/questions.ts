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

/**
 * What a question's answers can change. `outcome`: the path or the
 * recommendation. `advice`: only caveats and warnings (the flow tests prove
 * an advice question never changes the outcome or which questions are
 * asked), so the decision map can merge its branches.
 */
export type QuestionRole = 'outcome' | 'advice';

export interface QuestionDef {
  readonly id: string;
  /** One character used in the URL; unique across questions. */
  readonly code: string;
  /** Short title for review lists, the map, link messages and the ADR. */
  readonly title: string;
  readonly role: QuestionRole;
  /**
   * For questions added after codec version 1: the answer the version 1 quiz
   * silently assumed. A version 1 link is read with this answer, so it keeps
   * the result it always had (codec.ts; proven in the codec tests).
   */
  readonly assumedInV1?: string;
  readonly options: readonly AnswerOption[];
}

/** The "Not sure" answer every question offers; the decision then covers every option (decide.ts). */
export const UNSURE = 'unsure';
const UNSURE_OPTION = { value: UNSURE, code: 'u' } as const;

const DEFS = {
  goal: {
    id: 'goal',
    code: 'g',
    title: 'Goal',
    role: 'outcome',
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
    role: 'outcome',
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
    role: 'outcome',
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
    role: 'outcome',
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
    role: 'outcome',
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
    role: 'outcome',
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
    role: 'outcome',
    options: [
      { value: 'tolerant', code: 't' },
      { value: 'interactive', code: 'i' },
      { value: 'strict', code: 's' },
    ],
  },
  hardware: {
    id: 'hardware',
    code: 'h',
    title: 'Hardware and runtime',
    role: 'outcome',
    assumedInV1: 'standard',
    options: [
      { value: 'standard', code: 's' },
      { value: 'accelerator', code: 'g' },
      { value: 'large', code: 'l' },
      { value: 'system', code: 'k' },
    ],
  },
  workflow: {
    id: 'workflow',
    code: 'w',
    title: 'Workflow shape',
    role: 'advice',
    assumedInV1: 'single',
    options: [
      { value: 'single', code: 's' },
      { value: 'chain', code: 'c' },
      { value: 'long', code: 'l' },
      { value: 'fan-out', code: 'f' },
    ],
  },
  payload: {
    id: 'payload',
    code: 'p',
    title: 'Data per event',
    role: 'advice',
    assumedInV1: 'small',
    options: [
      { value: 'small', code: 's' },
      { value: 'large', code: 'l' },
    ],
  },
  downstream: {
    id: 'downstream',
    code: 'c',
    title: 'Downstream capacity',
    role: 'advice',
    assumedInV1: 'elastic',
    options: [
      { value: 'elastic', code: 'e' },
      { value: 'fixed', code: 'f' },
    ],
  },
  loops: {
    id: 'loops',
    code: 'k',
    title: 'Writes back to its trigger',
    role: 'advice',
    assumedInV1: 'separate',
    options: [
      { value: 'separate', code: 's' },
      { value: 'same', code: 'w' },
    ],
  },
  portability: {
    id: 'portability',
    code: 'v',
    title: 'Portability',
    role: 'advice',
    assumedInV1: 'one-provider',
    options: [
      { value: 'one-provider', code: 'o' },
      { value: 'portable', code: 'p' },
    ],
  },
  team: {
    id: 'team',
    code: 'o',
    title: 'Team capacity',
    role: 'outcome',
    options: [
      { value: 'little', code: 'l' },
      { value: 'some', code: 's' },
      { value: 'platform', code: 'p' },
    ],
  },
} as const satisfies Record<string, QuestionDef>;

export type QuestionId = keyof typeof DEFS;

/** A question's own options, as literal types ("Not sure" excluded). */
export type ConcreteValue<Q extends QuestionId = QuestionId> = (typeof DEFS)[Q]['options'][number]['value'];
/** The answer values each question accepts: its options, or "Not sure". */
export type AnswerValue<Q extends QuestionId = QuestionId> = ConcreteValue<Q> | typeof UNSURE;

/** Answers given so far; a question may be absent (not asked yet, or skipped). */
export type Answers = { readonly [Q in QuestionId]?: AnswerValue<Q> };

type Question<Q extends QuestionId> = QuestionDef & { readonly id: Q; readonly options: readonly AnswerOption[] };

/** Every question, each with "Not sure" appended to its own options. */
export const QUESTIONS: { readonly [Q in QuestionId]: Question<Q> } = Object.fromEntries(
  Object.entries(DEFS).map(([id, def]) => [id, { ...def, options: [...def.options, UNSURE_OPTION] }]),
) as unknown as { readonly [Q in QuestionId]: Question<Q> };

/** A question's own options, without "Not sure": what an unsure answer stands for. */
export function concreteOptions(question: QuestionId): readonly AnswerOption[] {
  return DEFS[question].options;
}

/** Every question id, in the order the quiz asks them. */
export const QUESTION_ORDER = [
  'goal',
  'location',
  'hardware',
  'arrival',
  'duration',
  'workflow',
  'payload',
  'state',
  'downstream',
  'loops',
  'traffic',
  'latency',
  'portability',
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
