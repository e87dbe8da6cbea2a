/** "Question 3 of up to 8" and a native progress bar labelled by that text. */
interface Props {
  position: number;
  total: number;
}

export function Progress({ position, total }: Props) {
  return (
    <div class="quiz-progress">
      <p class="quiz-progress-text" id="quiz-progress-text">
        Question {position} of up to {total}
      </p>
      <progress max={total} value={position - 1} aria-labelledby="quiz-progress-text" />
    </div>
  );
}
