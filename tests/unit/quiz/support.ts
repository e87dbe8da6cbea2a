/**
 * Shared fixtures for the quiz tests: exhaustive answer sets and a seeded
 * random generator (so fuzz failures can be reproduced).
 */
import { QUESTIONS, QUESTION_ORDER, SECTION_REFS, setAnswer, walk, type Answers, type GuideLabels, type QuestionId, type Warning } from '../../../src/quiz/index.ts';
import { UNSURE, concreteOptions, decidesAt } from '../../../src/quiz/questions.ts';
import { NOT_ASKED } from '../../../src/quiz/question.ts';

/** The answer links made before a question existed are read with, if its record assumes one. */
export function assumedBefore(question: QuestionId): string | undefined {
  const before = QUESTIONS[question].before;
  return before === undefined || before === 'not-asked' ? undefined : before.assume;
}

/** The one answer a fixture gives an advice question: the answer older links assume, else its first option. */
export function adviceFixture(question: QuestionId): string {
  const assumed = assumedBefore(question);
  return assumed !== undefined && assumed !== UNSURE ? assumed : (concreteOptions(question)[0]?.value ?? '');
}

/**
 * The options a fixture explores for a question, given the answers before
 * it: every option where the answer can decide (an outcome question, or an
 * advice question where its decidesWhen holds), else one (adviceFixture):
 * advice answers change neither the path nor the outcome (flow.test.ts
 * proves that by sampling, which keeps these fixtures exhaustive and small).
 */
export function fixtureOptions(question: QuestionId, earlier: Answers = {}): readonly string[] {
  if (!decidesAt(question, earlier)) return [adviceFixture(question)];
  return concreteOptions(question).map((o) => o.value);
}

/** Every complete combination of concrete answers to the questions that decide (the others fixed, see fixtureOptions). */
export function allFullAnswers(): Answers[] {
  let combos: Answers[] = [{}];
  for (const question of QUESTION_ORDER) {
    combos = combos.flatMap((answers) => fixtureOptions(question, answers).map((value) => setAnswer(answers, question, value)));
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
    for (const value of fixtureOptions(next, answers)) visit(setAnswer(answers, next, value), [...order, next]);
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

/** `answers` taken to the end of the quiz: each further question the flow asks gets its fixture answer (the first option where it decides). */
export function completeRun(answers: Answers): Answers {
  let run = answers;
  for (let next = walk(run).next; next !== 'review'; next = walk(run).next) {
    run = setAnswer(run, next, fixtureOptions(next, run)[0] ?? '');
  }
  return run;
}

/** Every warning of a decision, the ones merged under the same article (`also`) included. */
export function allWarnings(decision: { readonly warnings: readonly Warning[] }): Warning[] {
  return decision.warnings.flatMap((w) => [w, ...(w.also ?? [])]);
}
