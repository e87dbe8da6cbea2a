/**
 * Shared fixtures for the quiz tests: exhaustive answer sets and a seeded
 * random generator (so fuzz failures can be reproduced).
 */
import { QUESTIONS, QUESTION_ORDER, SECTION_REFS, setAnswer, walk, type Answers, type GuideLabels, type QuestionId } from '../../../src/quiz/index.ts';
import { UNSURE, concreteOptions } from '../../../src/quiz/questions.ts';
import { NOT_ASKED } from '../../../src/quiz/question.ts';

/** The answer links made before a question existed are read with, if its record assumes one. */
export function assumedBefore(question: QuestionId): string | undefined {
  const before = QUESTIONS[question].before;
  return before === undefined || before === 'not-asked' ? undefined : before.assume;
}

/**
 * The options a fixture explores for a question: every option of an outcome
 * question; one (the answer older links assume, else the first) for an advice question,
 * whose answers change neither the path nor the outcome (flow.test.ts
 * proves that by sampling, which keeps these fixtures exhaustive and small).
 */
export function fixtureOptions(question: QuestionId): readonly string[] {
  const def = QUESTIONS[question];
  const assumed = assumedBefore(question);
  if (def.role === 'advice') return [assumed !== undefined && assumed !== UNSURE ? assumed : (concreteOptions(question)[0]?.value ?? '')];
  return concreteOptions(question).map((o) => o.value);
}

/** Every complete combination of concrete answers to the outcome questions (advice questions fixed, see fixtureOptions). */
export function allFullAnswers(): Answers[] {
  let combos: Answers[] = [{}];
  for (const question of QUESTION_ORDER) {
    combos = combos.flatMap((answers) => fixtureOptions(question).map((value) => setAnswer(answers, question, value)));
  }
  return combos;
}

/** A complete random answer set over every option, "Not sure" with probability `unsure`. */
export function randomAnswers(random: () => number, unsure = 0): Answers {
  let answers: Answers = {};
  for (const question of QUESTION_ORDER) {
    const value = random() < unsure ? UNSURE : pick(random, concreteOptions(question)).value;
    answers = setAnswer(answers, question, value);
  }
  return answers;
}

export interface FlowPath {
  readonly answers: Answers;
  /** Questions in the order the flow asked them. */
  readonly order: readonly QuestionId[];
}

/** Every distinct complete run through the flow (answers to asked questions only; advice questions fixed, see fixtureOptions). */
export function allFlowPaths(): FlowPath[] {
  const paths: FlowPath[] = [];
  const visit = (answers: Answers, order: QuestionId[]): void => {
    const { next } = walk(answers);
    if (next === 'review') {
      paths.push({ answers, order });
      return;
    }
    for (const value of fixtureOptions(next)) visit(setAnswer(answers, next, value), [...order, next]);
  };
  visit({}, []);
  return paths;
}

/** Mulberry32: tiny, seeded, good enough for fuzzing. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  const lower = sorted[mid - 1] ?? upper;
  return sorted.length % 2 === 0 ? (lower + upper) / 2 : upper;
}

/**
 * Stand-in labels for code that takes them as input (the real ones are read
 * from the built headings; tests/unit/quiz-sections-in-site.test.ts checks
 * those). Each names its ref, so a test can see which label was used.
 */
export function testLabels(): GuideLabels {
  const headings = Object.fromEntries(SECTION_REFS.map((ref) => [ref, `Heading of ${ref}`])) as GuideLabels['headings'];
  const pages = Object.fromEntries(SECTION_REFS.map((ref) => [ref.split('#')[0], `Title of ${ref.split('#')[0]}`]));
  return { headings, pages };
}

/**
 * Fills the questions added after edition 1 as a link of that edition reads
 * them (each record's `before`): a short way to write fixtures that care
 * only about the original eight questions.
 */
export function asV1(answers: Answers): Answers {
  let filled = answers;
  for (const question of QUESTION_ORDER) {
    if (QUESTIONS[question].since <= 1 || filled[question] !== undefined) continue;
    const assumed = assumedBefore(question);
    filled = assumed === undefined ? { ...filled, [question]: NOT_ASKED } : setAnswer(filled, question, assumed);
  }
  return filled;
}
