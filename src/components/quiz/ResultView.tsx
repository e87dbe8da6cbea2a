/**
 * A personal result: the recommendation in one line, why (answer → rule →
 * section), the warnings, what would change it, next steps, and buttons to
 * copy the link, print, and (passed in) the decision-record export. Everything shown comes from the decision data.
 */
import { QUESTIONS } from '../../quiz/questions.ts';
import { OUTCOMES } from '../../quiz/outcomes.ts';
import { getSection, sectionLabel, sectionUrl, type GuideLabels, type SectionRef } from '../../quiz/sections.ts';
import type { Decision } from '../../quiz/decide.ts';
import type { TraceLine } from '../../quiz/evaluate.ts';
import { CONFIDENCE_LABELS } from '../../records/labels.ts';
import type { ComponentChildren } from 'preact';
import { copyAndAnnounce } from './copy-text.ts';
import { Fold } from './Fold.tsx';

interface Props {
  decision: Decision;
  /** Absolute link to this result. */
  shareUrl: string;
  editHref: string;
  /** Section and article labels from the real headings (server-rendered props). */
  labels: GuideLabels;
  /** The decision-record export, loaded on demand by the caller. */
  children?: ComponentChildren;
}


export function ResultView({ decision, shareUrl, editHref, labels, children }: Props) {
  const outcome = OUTCOMES[decision.outcome];
  const trace = decision.trace.filter((line) => line.effect !== 'no-effect');
  return (
    <section class="result-personal" aria-labelledby="your-result">
      <p class="kicker">Your result</p>
      <h2 id="your-result" class="result-headline" tabIndex={-1}>
        {decision.headline}
      </h2>
      <p>
        <span class={`result-confidence confidence-${decision.confidence}`}>{CONFIDENCE_LABELS[decision.confidence]}</span>{' '}
        <span class="muted">from {decision.asked.length} answers.</span>
      </p>
      <div class="result-actions no-print">
        <button type="button" class="button primary" onClick={() => void copyAndAnnounce(shareUrl, 'Link to this result copied')}>
          Copy link to this result
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          Print
        </button>
        <a class="button" href={editHref}>
          Change answers
        </a>
        {/* The record form sits below the reasoning; on a phone this keeps "download" one tap from the headline. */}
        <a class="button" href="#record-title">
          Decision record
        </a>
      </div>

      <p class="print-only">Result link: {shareUrl}</p>

      {decision.open.length > 0 && <OpenAnswers decision={decision} />}

      <Fold title={`Why ${outcome.name.toLowerCase()}`}>
      <ol class="result-trace">
        {trace.map((line) => (
          <li key={line.question} class={`effect-${line.effect}`}>
            <span class="trace-answer">
              {QUESTIONS[line.question].title}: <strong>{line.answerLabel}</strong>
            </span>
            <span class="trace-rule">{line.rule.text}</span>
            {lineSections(line).map((section) => (
              <a key={section} class="trace-section" href={sectionUrl(section)}>
                {sectionLabel(labels, section)}
              </a>
            ))}
          </li>
        ))}
      </ol>
      {trace.some((line) => line.effect === 'note') && (
        <p class="print-only muted">Answers that only confirmed the fit are left out on paper; the result link above has all of them.</p>
      )}
      </Fold>

      {decision.warnings.length > 0 && (
        <>
          <h3>Warnings</h3>
          <ul class="result-warnings">
            {decision.warnings.map((w) => (
              <li key={w.id}>
                {w.possible && <span class="warning-possible">Possible, depending on an answer you were not sure of: </span>}
                <strong>{labels.pages[getSection(w.section).page]}.</strong> {w.message} <a href={sectionUrl(w.section)}>Read: {sectionLabel(labels, w.section)}</a>
              </li>
            ))}
          </ul>
        </>
      )}

      {decision.changes.length > 0 && (
        <>
          <Fold title="What would change the outcome">
          <ul class="result-changes">
            {decision.changes.map((c) => (
              <li key={`${c.question}-${c.value}`}>{c.text}</li>
            ))}
          </ul>
          </Fold>
        </>
      )}

      <h3>Next steps</h3>
      <ol class="result-steps">
        {decision.nextSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {children}
    </section>
  );
}

/** Every section a trace line's rules point at, once each. */
function lineSections(line: TraceLine): SectionRef[] {
  return [...new Set([line.section, ...line.rules.map((r) => r.section)])];
}

/** What the "Not sure" answers leave open: the range, and what to settle first. */
function OpenAnswers({ decision }: { decision: Decision }) {
  const names = decision.range.map((o) => OUTCOMES[o].name);
  const settle = decision.settleFirst.map((q) => QUESTIONS[q].title);
  if (decision.range.length === 1) {
    return (
      <p class="result-open">
        You answered “Not sure” to {decision.open.length === 1 ? 'one question' : `${decision.open.length} questions`}. Whatever the answers
        turn out to be, the recommendation stays {names[0]}.
      </p>
    );
  }
  return (
    <div class="result-open">
      <h3>Not settled yet</h3>
      <p>
        Depending on the answers you were not sure of, this could be {names.slice(0, -1).join(', ')} or {names[names.length - 1]}. The
        recommendation above is the one most of the possible answers lead to.
      </p>
      <p>
        Settle {settle.length === 1 ? 'this' : 'these'} first: <strong>{settle.join(', ')}</strong>.
      </p>
      <ul class="result-open-list">
        {decision.open
          .filter((o) => o.decides)
          .map((o) => (
            <li key={o.question}>
              <strong>{QUESTIONS[o.question].title}:</strong> {o.summary}.
            </li>
          ))}
      </ul>
    </div>
  );
}
