/**
 * The island on /quiz/result/<outcome>/: reads the answers in ?a= (with the
 * same flow and rules the machine uses; see result-link.ts) and shows the
 * personal result. Without answers it shows
 * nothing (the static page explains the outcome); with answers that lead
 * elsewhere or cannot be read, it says so in plain words.
 */
import { useEffect, useState } from 'preact/hooks';
import { readResultLink } from '../../quiz/result-link.ts';
import { decide } from '../../quiz/decide.ts';
import { toAdrMarkdown } from '../../quiz/adr.ts';
import { OUTCOMES, type OutcomeId } from '../../quiz/outcomes.ts';
import { quizHref, readAnswersParam, resultHref } from '../../quiz/routes.ts';
import { ResultView } from './ResultView.tsx';
import type { GuideLabels } from '../../quiz/sections.ts';

interface Props {
  outcome: OutcomeId;
  siteUrl: string;
  guideVersion: string;
  guideDate: string;
  /** GuideLabels as JSON (one string prop serialises smaller), rendered into the page at build time. */
  labels: string;
}

type View =
  | { kind: 'none' }
  | { kind: 'problem'; message: string; href: string; hrefLabel: string }
  | { kind: 'result'; props: Parameters<typeof ResultView>[0] };

function viewFor(search: string, { outcome, siteUrl, guideVersion, guideDate, labels: labelsJson }: Props): View {
  const labels = JSON.parse(labelsJson) as GuideLabels;
  const raw = readAnswersParam(search);
  if (raw === null) return { kind: 'none' };
  const restored = readResultLink(raw);
  const answers = restored.answers;
  if (restored.outcome === null) {
    return {
      kind: 'problem',
      message: `${restored.message ?? 'The answers in this link do not finish the quiz.'} The personal result cannot be shown.`,
      href: quizHref(answers),
      hrefLabel: 'Continue the quiz from the answers that could be read',
    };
  }
  if (restored.outcome !== outcome) {
    return {
      kind: 'problem',
      message: `These answers lead to ${OUTCOMES[restored.outcome].name.toLowerCase()}, not to ${OUTCOMES[outcome].name.toLowerCase()}.`,
      href: resultHref(restored.outcome, answers),
      hrefLabel: `See the ${OUTCOMES[restored.outcome].name.toLowerCase()} result`,
    };
  }
  const decision = decide(answers);
  const path = resultHref(outcome, decision.answers);
  const shareUrl = new URL(path, siteUrl).href;
  const adr = toAdrMarkdown(decision, decision.answers, { url: shareUrl, siteUrl, guideVersion, date: guideDate, labels });
  return { kind: 'result', props: { decision, shareUrl, adr, editHref: quizHref(decision.answers), labels } };
}

export default function ResultFromUrl(props: Props) {
  const [view, setView] = useState<View>({ kind: 'none' });
  useEffect(() => setView(viewFor(location.search, props)), []);

  if (view.kind === 'none') return null;
  if (view.kind === 'problem') {
    return (
      <div class="quiz-notice" role="alert">
        <p>
          <strong>This link could not be fully restored.</strong> {view.message}
        </p>
        <a class="button" href={view.href}>
          {view.hrefLabel}
        </a>
      </div>
    );
  }
  return <ResultView {...view.props} />;
}
