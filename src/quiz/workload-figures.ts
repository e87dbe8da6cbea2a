/**
 * The workload's own figures as the answers give them: events a month, time
 * per event and memory, each a point (the middle of the answered range on a
 * log scale) and the range itself, and whether it is the team's answer or
 * an assumption ("Not sure", a link from before the question, or a workload
 * on premises, where none is asked). The cost panel, decision records and
 * assessments all read the figures from here.
 */
import { UNSURE } from './question.ts';
import { typical, type Span } from './figure-buckets.ts';
import { questionRecord, type Answers } from './questions.ts';

export type FigureId = 'volume' | 'runtime' | 'memory';
export const FIGURE_IDS: readonly FigureId[] = ['volume', 'runtime', 'memory'];

export interface WorkloadFigure {
  /** The point estimate: the answered range's middle on a log scale. */
  readonly value: number;
  /** The range it stands for (every option's range when not sure). */
  readonly span: Span;
  /** `team`: from the team's answer; `assumed`: not answered, so the whole range is open. */
  readonly source: 'team' | 'assumed';
}

export type WorkloadFigures = { readonly [F in FigureId]: WorkloadFigure };

/** One figure from its answer: the option's range, or the range of all options when there is no usable answer. */
export function workloadFigure(question: FigureId, answers: Answers): WorkloadFigure {
  const options = Object.entries(questionRecord(question).options) as [string, { span?: Span }][];
  const answer = answers[question];
  const chosen = options.find(([value]) => value === answer)?.[1].span;
  if (chosen !== undefined && answer !== UNSURE) return { value: typical(chosen), span: chosen, source: 'team' };
  const spans = options.flatMap(([, option]) => (option.span === undefined ? [] : [option.span]));
  const all: Span = [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
  return { value: typical(all), span: all, source: 'assumed' };
}

export function workloadFigures(answers: Answers): WorkloadFigures {
  return { volume: workloadFigure('volume', answers), runtime: workloadFigure('runtime', answers), memory: workloadFigure('memory', answers) };
}
