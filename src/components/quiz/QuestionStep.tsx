/**
 * One question: a fieldset with a legend and radio options, help on demand,
 * and the step's buttons. After a user action it focuses its own question
 * when a step appears; Enter on a chosen option submits.
 *
 * QuizApp keeps one QuestionStep for every question and passes the step's
 * key: the DOM is updated in place from one question to the next (options
 * matched by position), which is what keeps a step within one frame on a
 * phone (issue 25), and the step's own state (the pick, the error) belongs
 * to the key it was made under, so a new step starts fresh.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { QuestionDef } from '../../quiz/questions.ts';
import type { QuizWords } from '../../quiz/question-text.ts';
import { useFocusOnStep } from './use-focus-on-step.ts';

interface Props {
  question: QuestionDef;
  /** The question's words. */
  words: QuizWords;
  /** The answer already given (after Back or Change), preselected. */
  selected: string | undefined;
  canGoBack: boolean;
  /** False until the island has hydrated: before that a click would submit the bare HTML form. */
  ready: boolean;
  /** Focus the question and announce the step when it appears (false on page load). */
  focusOnMount: boolean;
  /** Which step this is (question and preselected answer): state and focus start afresh when it changes. */
  step?: string;
  /** What a screen reader hears when this step takes focus. */
  announcement: string;
  /** An option was picked (not yet submitted). */
  onPick?: (value: string) => void;
  onAnswer: (value: string) => void;
  onBack: () => void;
  onRestart: () => void;
}

export function QuestionStep({ question, words, selected, canGoBack, ready, focusOnMount, announcement, step = question.id, onPick, onAnswer, onBack, onRestart }: Props) {
  // What the reader did on this step; read only while the step is the one it was done on.
  const [done, setDone] = useState<{ step: string; choice: string | undefined; missing: boolean } | null>(null);
  const own = done !== null && done.step === step ? done : null;
  const choice = own ? own.choice : selected;
  const missing = own?.missing ?? false;
  const form = useRef<HTMLFormElement>(null);
  const heading = useFocusOnStep<HTMLSpanElement>(focusOnMount, announcement, step);
  const help = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    // Help opened on one question starts closed on the next (the element is reused), before it is painted.
    if (help.current?.open) help.current.open = false;
  }, [step]);
  useEffect(() => {
    // An option picked before hydration is checked in the DOM only; adopt it
    // before the next render would reset it.
    const picked = form.current?.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value;
    if (choice === undefined && picked !== undefined) setDone({ step, choice: picked, missing: false });
  }, []);

  const name = `q-${question.id}`;
  const errorId = `${name}-error`;
  return (
    <form
      ref={form}
      class="quiz-step"
      onSubmit={(event) => {
        event.preventDefault();
        // The form is the truth: an option picked before hydration is checked in the DOM only.
        const picked = new FormData(event.currentTarget).get(name);
        const value = typeof picked === 'string' ? picked : choice;
        if (value === undefined) setDone({ step, choice, missing: true });
        else onAnswer(value);
      }}
      noValidate
    >
      <fieldset aria-describedby={missing ? errorId : undefined}>
        <legend>
          <span class="quiz-question" tabIndex={-1} ref={heading}>
            {words.text}
          </span>
        </legend>
        <details class="quiz-help" ref={help}>
          <summary>Why we ask, and how to answer</summary>
          <p>{words.help}</p>
        </details>
        <div class="quiz-options">
          {question.options.map((option, index) => {
            const id = `${name}-${option.value}`;
            const hintId = `${id}-hint`;
            const { label, hint } = words.options[option.value] ?? { label: option.value };
            return (
              // Keyed by position, so the next question's options reuse these elements.
              <div class="quiz-option" key={index}>
                <input
                  type="radio"
                  // `checked` before `name`: an input reused from the last question is set
                  // (un)checked while still in that question's group, so joining this
                  // question's group cannot uncheck this question's pick.
                  checked={choice === option.value}
                  id={id}
                  name={name}
                  value={option.value}
                  aria-describedby={hint ? hintId : undefined}
                  onChange={() => {
                    setDone({ step, choice: option.value, missing: false });
                    onPick?.(option.value);
                  }}
                />
                <label for={id}>
                  <span class="quiz-option-label">{label}</span>
                  {hint && (
                    <span class="quiz-option-hint" id={hintId}>
                      {hint}
                    </span>
                  )}
                </label>
              </div>
            );
          })}
        </div>
        {missing && (
          <p class="quiz-error" id={errorId} role="alert">
            Choose one of the answers to continue.
          </p>
        )}
      </fieldset>
      <div class="quiz-actions">
        <button type="submit" class="button primary" disabled={!ready}>
          Next
        </button>
        {canGoBack && (
          <button type="button" class="button" onClick={onBack}>
            Back
          </button>
        )}
        {canGoBack && (
          <button type="button" class="button quiz-restart" onClick={onRestart}>
            Start over
          </button>
        )}
      </div>
    </form>
  );
}
