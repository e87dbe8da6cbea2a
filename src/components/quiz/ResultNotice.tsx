/**
 * What a result page shows instead of a personal result, loaded only when
 * needed: a link whose answers cannot be read to the end, or a link whose
 * answers lead elsewhere today (ChangedSince: when it was made, what it
 * recommended then and now, and which /changes/ entries did it).
 */
import { explainChange, type ChangeNote } from '../../quiz/changes.ts';
import type { Answers } from '../../quiz/questions.ts';
import type { OutcomeId } from '../../quiz/outcome-ids.ts';
import { ChangedSince, type ChangedSinceProps } from './ChangedSince.tsx';

export type NoticeProps =
  | {
      kind: 'problem';
      /** What went wrong reading the link, when the reader says (restore-message.ts). */
      message: string | null;
      /** The quiz with the answers that could be read. */
      href: string;
    }
  | {
      kind: 'changed';
      /** The answers as the link gave them, read in its own edition. */
      given: Answers;
      edition: number;
      /** The outcome in the link's path, and today's. */
      then: OutcomeId;
      now: OutcomeId;
      notes: readonly ChangeNote[];
      nowHref: string;
      names: ChangedSinceProps['names'];
    };

export default function ResultNotice(n: NoticeProps) {
  if (n.kind === 'changed') {
    // Never null here: the two outcomes differ.
    const explanation = explainChange(n.given, n.edition, n.then, n.now, n.notes);
    return explanation && <ChangedSince explanation={explanation} nowHref={n.nowHref} names={n.names} />;
  }
  return (
    <div class="quiz-notice" role="alert">
      <p>
        <strong>This link could not be fully restored.</strong> {n.message ?? 'The answers in this link do not finish the quiz.'} The personal result cannot be
        shown.
      </p>
      <a class="button" href={n.href}>
        Continue the quiz from the answers that could be read
      </a>
    </div>
  );
}
