/**
 * The decision brief: the top of a personal result, what a design review
 * reads first. One desktop screen (1280×900), two phone screens (360×640),
 * one printed page: the recommendation and its confidence, the actions,
 * the three strongest reasons, the warnings, a shortlist on the team's own
 * cloud and the monthly cost at the team's own volume. Everything comes
 * from the decision and the cost model; tests/browser/three-teams.spec.ts
 * checks each line against the answers.
 */
import { QUESTIONS } from '../../quiz/questions.ts';
import { OUTCOMES } from '../../quiz/outcomes.ts';
import { getSection, sectionUrl, type GuideLabels } from '../../quiz/sections.ts';
import type { Decision } from '../../quiz/decide.ts';
import { concernsOnlyFunctions } from '../../quiz/evaluate.ts';
import { CONFIDENCE_LABELS } from '../../records/labels.ts';
import { PROVIDER_LABEL } from '../../cost/labels.ts';
import type { ComponentChildren } from 'preact';
import { copyAndAnnounce } from '../live-region/copy-text.ts';
import { strongestReasons, type TeamCloud } from './brief.ts';
import type { ResultData } from './result-data.ts';
import { BriefCost, type BriefCostProps } from './BriefCost.tsx';

export interface BriefProps extends BriefCostProps {
  decision: Decision;
  team: TeamCloud;
  shortlists: ResultData['shortlists'];
  ownNote: ResultData['ownNote'];
  shareUrl: string;
  editHref: string;
  labels: GuideLabels;
  /** How many answers the full "why" below shows, one line each. */
  count: number;
  children?: ComponentChildren;
}

/** Warnings named in the brief; the full list, with what each means, follows below it. */
const BRIEF_WARNINGS = 3;

export function ResultBrief(p: BriefProps) {
  const { decision, labels } = p;
  const reasons = strongestReasons(decision.trace);
  // Warnings the answers raise for sure come before those an unsure answer might raise.
  const warnings = [...decision.warnings].sort((a, b) => Number(a.possible === true) - Number(b.possible === true));
  const shown = warnings.slice(0, BRIEF_WARNINGS);
  return (
    <div class="result-brief">
      <p class="kicker">Your result</p>
      <h2 id="your-result" class="result-headline" tabIndex={-1}>
        {decision.headline}
      </h2>
      <p>
        <span class={`result-confidence confidence-${decision.confidence}`}>{CONFIDENCE_LABELS[decision.confidence]}</span>{' '}
        <span class="muted">from {p.count} answers.</span>
      </p>
      <div class="result-actions no-print">
        <button type="button" class="button primary" onClick={() => void copyAndAnnounce(p.shareUrl, 'Link to this result copied')}>
          Copy link to this result
        </button>
        {/* The record form sits below the reasoning; on a phone this keeps "download" one tap from the headline. */}
        <a class="button" href="#record-title">
          Decision record
        </a>
        <button type="button" class="button" onClick={() => window.print()}>
          Print
        </button>
        <a class="button" href={p.editHref}>
          Change answers
        </a>
      </div>
      <p class="print-only">Result link: {p.shareUrl}</p>
      {decision.range.length > 1 && <NotSettled decision={decision} />}
      <div class="brief-grid">
        <div>
          <h3>Strongest reasons</h3>
          {reasons.length === 0 ? (
            <p>No single answer settles it; see what is open above.</p>
          ) : (
            <ol class="brief-reasons">
              {reasons.map((line) => (
                <li key={line.question}>
                  <strong>
                    {QUESTIONS[line.question].title}: {line.answerLabel}.
                  </strong>{' '}
                  {line.rules[0]?.text ?? line.rule.text}
                </li>
              ))}
            </ol>
          )}
          <h3>Warnings</h3>
          {warnings.length === 0 ? (
            <p>None from these answers.</p>
          ) : (
            <ul class="brief-warnings">
              {shown.map((w) => (
                <li key={w.id}>
                  {w.possible && <span class="warning-possible">Possible: </span>}
                  {concernsOnlyFunctions(decision.outcome, w) && 'If any part runs as functions: '}
                  <a href={sectionUrl(w.section)}>{labels.pages[getSection(w.section).page]}</a>
                </li>
              ))}
              {warnings.length > shown.length && (
                <li>
                  <a href="#result-warnings">{warnings.length - shown.length} more below</a>
                </li>
              )}
            </ul>
          )}
          {decision.unasked.length > 0 && (
            <p>
              <a href="#result-unasked">{decision.unasked.length} questions with warnings of their own were not asked</a>.
            </p>
          )}
        </div>
        <div>
          <Shortlist {...p} />
          <h3>Monthly cost</h3>
          <BriefCost {...p} />
        </div>
      </div>
    </div>
  );
}

/**
 * "On AWS: X; Y; Z", the team's own data centre, or every provider's first
 * pick when none is chosen. Work that needs special hardware sees the
 * options that meet the need first (GPUs: functions on Container Apps).
 */
function Shortlist({ decision, team, shortlists, ownNote }: BriefProps) {
  const need = decision.answers.hardware ?? '';
  const pick = (p: keyof ResultData['shortlists']['managed']) => {
    const all = shortlists[decision.outcome][p];
    const fit = all.filter(([, meets]) => meets.includes(need));
    return (fit.length > 0 ? fit : all).map(([name]) => name);
  };
  if (team.kind === 'open') {
    return (
      <>
        <h3>Where to run it</h3>
        <p>
          {team.several ? 'More than one cloud' : 'No cloud chosen yet'}; each provider’s first pick: {(['aws', 'azure', 'google-cloud'] as const).map((p) => pick(p)[0]).join('; ')}.{' '}
          <a href="#platforms">Every option and its limits</a>
        </p>
      </>
    );
  }
  const own = team.kind === 'own';
  const list = pick(own ? 'own' : team.provider);
  return (
    <>
      <h3>Where to run it {own ? 'in your own data centre' : `on ${PROVIDER_LABEL[team.provider]}`}</h3>
      <p>
        {list.length > 0 ? `${list.join('; ')}.` : ownNote[decision.outcome]}{' '}
        {own && (
          <>
            Functions on your own hardware: <a href="/antipatterns/on-premises-serverless/">on-premises serverless</a>.{' '}
          </>
        )}
        <a href="#platforms">{own ? 'What this means below' : 'Limits below'}</a>
      </p>
    </>
  );
}

/** The range of outcomes "Not sure" answers leave open, and what to settle first. */
function NotSettled({ decision }: { decision: Decision }) {
  const names = decision.range.map((o) => OUTCOMES[o].name.toLowerCase());
  const settle = decision.settleFirst.map((q) => QUESTIONS[q].title);
  return (
    <div class="result-open">
      <h3>Not settled yet</h3>
      <p>
        Your unsure answers leave {names.slice(0, -1).join(', ')} or {names[names.length - 1]} open. Settle {settle.length === 1 ? 'this' : 'these'} first:{' '}
        <strong>{settle.join(', ')}</strong>.
      </p>
    </div>
  );
}
