/**
 * Shown on a result page whose link's answers lead elsewhere today: when the
 * link was made, what it recommended then, what the guide recommends now,
 * and the /changes/ entries that did it. Not an error: the guide changed,
 * and the link still says what it said.
 */
import type { Explanation } from '../../quiz/changes.ts';
import type { OutcomeId } from '../../quiz/outcome-ids.ts';
import { changeHref } from '../../quiz/routes.ts';

export interface ChangedSinceProps {
  explanation: Explanation;
  /** Today's result for the same answers. */
  nowHref: string;
  /** The outcomes' names (OUTCOMES in src/quiz/outcomes.ts), passed in: the caller has them, and this module loads on its own. */
  names: { readonly [O in OutcomeId]: string };
}

/** "edition 2 of the quiz, in use from 2026-11-27 to 2026-12-03" */
function editionWords({ edition, from, until }: Explanation): string {
  if (from === null) return `edition ${edition} of the quiz`;
  return until === null ? `edition ${edition} of the quiz, in use since ${from}` : `edition ${edition} of the quiz, in use from ${from} to ${until}`;
}

export function ChangedSince({ explanation, nowHref, names }: ChangedSinceProps) {
  const then = names[explanation.then].toLowerCase();
  const now = names[explanation.now].toLowerCase();
  const known = explanation.changes.length > 0;
  return (
    <div class="quiz-notice changed-since" role="status">
      <p>
        <strong>{known ? 'The guide’s advice for these answers has changed since this link was made.' : 'These answers lead elsewhere today.'}</strong>{' '}
        The link was made with {editionWords(explanation)}, which recommended {then}. Today the same answers lead to {now}.
      </p>
      {known ? (
        <p>
          What changed:{' '}
          {explanation.changes.map((change, i) => (
            <>
              {i > 0 ? '; then ' : ''}
              <a href={changeHref(change.id)}>
                {change.title} ({change.date})
              </a>
            </>
          ))}
          .
        </p>
      ) : (
        <p>No change recorded on the changes page explains the difference, so the address may have been edited by hand.</p>
      )}
      <a class="button" href={nowHref}>
        See today’s recommendation
      </a>
    </div>
  );
}

