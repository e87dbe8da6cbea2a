/**
 * Shared fixtures for the quiz tests: exhaustive answer sets and a seeded
 * random generator (so fuzz failures can be reproduced).
 */
import { QUESTIONS, QUESTION_ORDER, SECTION_REFS, setAnswer, walk, type Answers, type GuideLabels, type QuestionId } from '../../../src/quiz/index.ts';

/** Every complete combination of answers to all eight questions. */
export function allFullAnswers(): Answers[] {
  let combos: Answers[] = [{}];
  for (const question of QUESTION_ORDER) {
    combos = combos.flatMap((answers) => QUESTIONS[question].options.map((o) => setAnswer(answers, question, o.value)));
  }
  return combos;
}

export interface FlowPath {
  readonly answers: Answers;
  /** Questions in the order the flow asked them. */
  readonly order: readonly QuestionId[];
}

/** Every distinct complete run through the flow (answers to asked questions only). */
export function allFlowPaths(): FlowPath[] {
  const paths: FlowPath[] = [];
  const visit = (answers: Answers, order: QuestionId[]): void => {
    const { next } = walk(answers);
    if (next === 'review') {
      paths.push({ answers, order });
      return;
    }
    for (const option of QUESTIONS[next].options) visit(setAnswer(answers, next, option.value), [...order, next]);
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
