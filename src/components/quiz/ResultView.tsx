/**
 * A personal result: the decision brief first (ResultBrief), then the rest
 * of the reasoning (ResultRest), then, passed in, the decision-record
 * export. Everything shown comes from the decision data and the cost model.
 */
import type { ComponentChildren } from 'preact';
import { ResultBrief, type BriefProps } from './ResultBrief.tsx';
import { ResultRest } from './ResultRest.tsx';

type Props = Omit<BriefProps, 'count'> & { children?: ComponentChildren };

export function ResultView({ children, ...props }: Props) {
  return (
    <section class="result-personal" aria-labelledby="your-result">
      {/* One line per answer below, in three groups: the count is the lines. */}
      <ResultBrief {...props} count={props.decision.trace.length} />
      <ResultRest decision={props.decision} labels={props.labels} />
      {children}
    </section>
  );
}
