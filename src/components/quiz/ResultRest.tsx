/**
 * Below the brief, folded where long: the full "why" in three groups (one
 * line per answer counted, each under the heading its stance supports),
 * the warnings in full, the conditions with their next steps, what would
 * change the outcome, and the questions this path did not ask that carry
 * warnings. (A "Not sure" answer's line in the trace says where its options
 * lead, and the brief names the ones to settle first.) The platforms and the cost panel follow on the page itself.
 */
import { QUESTIONS } from '../../quiz/questions.ts';
import { OUTCOMES } from '../../quiz/outcomes.ts';
import { getSection, sectionLabel, sectionUrl, type GuideLabels, type SectionRef } from '../../quiz/sections.ts';
import type { Decision } from '../../quiz/decide.ts';
import { concernsOnlyFunctions, type TraceLine } from '../../quiz/evaluate.ts';
import { mapQuestionHref } from '../../quiz/routes.ts';
import { Fold } from './Fold.tsx';
import { whyGroups } from './brief.ts';

interface Props {
  decision: Decision;
  labels: GuideLabels;
}

export function ResultRest({ decision, labels }: Props) {
  const groups = whyGroups(decision.trace);
  const name = OUTCOMES[decision.outcome].name.toLowerCase();
  const trace = (lines: readonly TraceLine[]) => (
    <ol class="result-trace">
      {lines.map((line) => (
        <li key={line.question} class={`effect-${line.effect}`}>
          <span class="trace-answer">
            {QUESTIONS[line.question].title}: <strong>{line.answerLabel}</strong>
          </span>
          <span class="trace-rule">{line.rule.text}</span>
          {[...new Set([line.section, ...line.rules.map((r) => r.section)])].map((section) => (
            <a key={section} class="trace-section" href={sectionUrl(section)}>
              {sectionLabel(labels, section)}
            </a>
          ))}
        </li>
      ))}
    </ol>
  );
  return (
    <div class="result-rest no-print">
      <Fold title={`Why ${name} (${groups.for.length})`}>{groups.for.length ? trace(groups.for) : <p>None on its own.</p>}</Fold>
      <Fold title={`What speaks against it (${groups.against.length})`}>
        {groups.against.length ? trace(groups.against) : <p>None.</p>}
      </Fold>
      {groups.neutral.length > 0 && (
        <Fold title={`Other answers (${groups.neutral.length})`} wide={false}>
          {trace(groups.neutral)}
        </Fold>
      )}
      {decision.warnings.length > 0 && (
        <>
          <h3 id="result-warnings">Warnings</h3>
          <ul class="result-warnings">
            {decision.warnings.map((w) => (
              <li key={w.id}>
                {w.possible && <span class="warning-possible">Possible: </span>}
                {concernsOnlyFunctions(decision.outcome, w) && 'If any part runs as functions: '}
                <strong>{labels.pages[getSection(w.section).page]}.</strong> {[w, ...(w.also ?? [])].map((x) => x.message).join(' ')}{' '}
                <a href={sectionUrl(w.section)}>Read: {sectionLabel(labels, w.section)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {decision.caveats.length > 0 && (
        <>
          <h3>Conditions</h3>
          <ul class="result-conditions">
            {decision.caveats.map((c) => (
              <li key={c.id}>
                <strong>{c.label}.</strong> {c.nextStep}
              </li>
            ))}
          </ul>
        </>
      )}
      {decision.changes.length > 0 && (
        <Fold title="What would change the outcome">
          <ul class="result-changes">
            {decision.changes.map((c) => (
              <li key={`${c.question}-${c.value}`}>{c.text}</li>
            ))}
          </ul>
        </Fold>
      )}
      {decision.unasked.length > 0 && (
        <Fold title={`Not asked on this path (${decision.unasked.length})`} id="result-unasked">
          <p>Earlier answers settled the result before the quiz reached these questions, so the warnings they carry were not checked.</p>
          <ul class="result-unasked">
            {decision.unasked.map((u) => (
              <li key={u.question}>
                <strong>{QUESTIONS[u.question].title}</strong> (<a href={mapQuestionHref(u.question)}>the question on the map</a>): {u.reason} It would check{' '}
                {u.checks.map((ref: SectionRef, i) => (
                  <span key={ref}>
                    {i > 0 ? ', ' : ''}
                    <a href={sectionUrl(ref)}>{sectionLabel(labels, ref)}</a>
                  </span>
                ))}
                .
              </li>
            ))}
          </ul>
        </Fold>
      )}
    </div>
  );
}
