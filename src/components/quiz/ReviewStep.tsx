/** Every answer on the path, each with a Change button, then Confirm. */
import { QUESTIONS, type Answers, type QuestionId } from '../../quiz/questions.ts';
import { answerLabel, questionText } from '../../quiz/question-text.ts';
import { useFocusOnStep } from './use-focus-on-step.ts';

interface Props {
  asked: readonly QuestionId[];
  answers: Answers;
  /** Focus the heading and announce the step on mount (false on page load). */
  focusOnMount: boolean;
  onEdit: (question: QuestionId) => void;
  onConfirm: () => void;
  onBack: () => void;
  onRestart: () => void;
}

export function ReviewStep({ asked, answers, focusOnMount, onEdit, onConfirm, onBack, onRestart }: Props) {
  const heading = useFocusOnStep<HTMLHeadingElement>(focusOnMount, 'Review your answers');
  return (
    <div class="quiz-step quiz-review">
      <h2 class="quiz-review-title" tabIndex={-1} ref={heading}>
        Review your answers
      </h2>
      <p>Change any answer, or see the recommendation. Changing one may bring up a question you skipped.</p>
      <dl class="quiz-answers">
        {asked.map((q) => (
          <div class="quiz-answer" key={q}>
            <dt>{questionText(q).text}</dt>
            <dd>
              <span>{answerLabel(q, answers[q] ?? '')}</span>
              <button type="button" class="button quiz-change" onClick={() => onEdit(q)} aria-label={`Change answer: ${QUESTIONS[q].title}`}>
                Change
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <div class="quiz-actions">
        <button type="button" class="button primary" onClick={onConfirm}>
          See the recommendation
        </button>
        <button type="button" class="button" onClick={onBack}>
          Back
        </button>
        <button type="button" class="button quiz-restart" onClick={onRestart}>
          Start over
        </button>
      </div>
    </div>
  );
}
