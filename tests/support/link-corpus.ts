/**
 * The result links an edition of the quiz makes, for the committed link
 * corpus (scripts/link-corpus.ts writes them, tests/unit/quiz/link-corpus
 * .test.ts reads them): one link per distinct path through the questions
 * that edition asked, on the result page today's rules give it, plus links
 * with "Not sure" answers. Advice answers rotate through their options so
 * every option of every question appears at least once.
 */
import { codeVersions } from '../../src/quiz/codec.ts';
import { walk } from '../../src/quiz/flow.ts';
import { NOT_ASKED, UNSURE, UNSURE_SINCE } from '../../src/quiz/question.ts';
import { QUESTIONS, concreteOptions, decidesAt, type Answers, type QuestionId } from '../../src/quiz/questions.ts';
import { resultPath } from '../../src/quiz/routes.ts';
import { ANSWERS_PARAM } from '../../src/quiz/answers-param.ts';
import { settle } from '../../src/quiz/settle.ts';
import { relevantAnswers } from '../../src/quiz/flow.ts';

/** How a question stands in an edition: asked with these options, or filled in as that edition's links are read. */
function standing(question: QuestionId, edition: number): { options: string[] } | { fill: string } {
  const def = QUESTIONS[question];
  if (def.since > edition) {
    const before = def.before;
    return { fill: before === undefined || before === 'not-asked' ? NOT_ASKED : before.assume };
  }
  const options = concreteOptions(question)
    .filter((o) => o.since <= edition)
    .map((o) => o.value);
  return { options };
}

/** The answer code of `answers`, in asking order, written in `edition`'s codes (only the questions it asked). */
export function encodeIn(edition: number, answers: Answers, order: readonly QuestionId[]): string {
  const table = codeVersions()[String(edition)]?.table ?? {};
  let body = '';
  for (const question of order) {
    const value = answers[question];
    const entry = Object.entries(table).find(([, [id]]) => id === question);
    if (entry === undefined || value === undefined) continue;
    const [code, [, options]] = entry;
    const option = options.find(([, v]) => v === value);
    if (option === undefined) throw new Error(`edition ${edition} has no code for ${question} = ${value}`);
    body += code + option[0];
  }
  return `${edition}.${body}`;
}

interface Run {
  readonly answers: Answers;
  /** Questions answered in the link, in asking order. */
  readonly order: readonly QuestionId[];
}

/**
 * Every complete run of an edition's quiz: outcome answers branch over all
 * their options, advice answers take `advice(question)`; questions the
 * edition did not ask take what its links imply. `override` fixes answers.
 */
function runs(edition: number, advice: (question: QuestionId) => string, override: Answers = {}, wanted?: (run: Run) => boolean): Run[] {
  const found: Run[] = [];
  const visit = (answers: Answers, order: QuestionId[]): void => {
    if (wanted !== undefined && found.length > 0) return;
    const { next } = walk(answers);
    if (next === 'review') {
      if (wanted === undefined || wanted({ answers, order })) found.push({ answers, order });
      return;
    }
    const fixed = override[next];
    const stand = standing(next, edition);
    if ('fill' in stand) return visit({ ...answers, [next]: stand.fill }, order);
    if (fixed !== undefined) return visit({ ...answers, [next]: fixed }, [...order, next]);
    const values = decidesAt(next, answers) ? stand.options : [advice(next)];
    for (const value of values) visit({ ...answers, [next]: value }, [...order, next]);
  };
  visit({}, []);
  return found;
}

/** "/quiz/result/<outcome>/?a=<code>", the outcome as today's rules decide the run. */
function linkOf(edition: number, run: Run): string {
  const outcome = settle(relevantAnswers(run.answers)).primary;
  return `${resultPath(outcome)}?${ANSWERS_PARAM}=${encodeIn(edition, run.answers, run.order)}`;
}

export function corpusLinks(edition: number): string[] {
  // Advice answers rotate, so every option of every advice question shows up.
  const turn = new Map<QuestionId, number>();
  const rotate = (question: QuestionId): string => {
    const stand = standing(question, edition);
    if ('fill' in stand) return stand.fill;
    const n = turn.get(question) ?? 0;
    turn.set(question, n + 1);
    return stand.options[n % stand.options.length] ?? '';
  };
  const links = runs(edition, rotate).map((run) => linkOf(edition, run));

  // "Not sure" on each question the edition offered it for, once, on the first run that asks it.
  if (edition >= UNSURE_SINCE) {
    const first = (question: QuestionId): string => {
      const stand = standing(question, edition);
      return 'fill' in stand ? stand.fill : (stand.options[0] ?? '');
    };
    for (const question of Object.keys(QUESTIONS) as QuestionId[]) {
      if (QUESTIONS[question].since > edition) continue;
      const [asking] = runs(edition, first, { [question]: UNSURE }, (run) => run.order.includes(question));
      if (asking !== undefined) links.push(linkOf(edition, asking));
    }
  }
  return [...new Set(links)];
}
