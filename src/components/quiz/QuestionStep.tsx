/**
 * One question: a fieldset with a legend and radio options, help on demand,
 * and the step's buttons. After a user action it focuses its own question
 * when it mounts; Enter on a chosen option submits.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionDef } from '../../quiz/questions.ts';
import type { QuizWords } from '../../quiz/question-text.ts';
import { useFocusOnMount } from './use-focus-on-mount.ts';

interface Props {
  question: QuestionDef;
  /** The question's words. */
  words: QuizWords;
  /** The answer already given (after Back or Change), preselected. */
  selected: string | undefined;
  canGoBack: boolean;
  /** False until the island has hydrated: before that a click would submit the bare HTML form. */
  ready: boolean;
  /** Focus the question and announce the step on mount (false on page load). */
  focusOnMount: boolean;
  /** What a screen reader hears when this step takes focus. */
  announcement: string;
  onAnswer: (value: string) => void;
  onBack: () => void;
  onRestart: () => void;
}

export function QuestionStep({ question, words, selected, canGoBack, ready, focusOnMount, announcement, onAnswer, onBack, onRestart }: Props) {
  // The parent keys this component by question and preselected answer, so
  // the state starts fresh for every question.
  const [choice, setChoice] = useState<string | undefined>(selected);
  const [missing, setMissing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const heading = useFocusOnMount<HTMLSpanElement>(focusOnMount, announcement);
  useEffect(() => {
    // An option picked before hydration is checked in the DOM only; adopt it
    // before the next render would reset it.
    const picked = form.current?.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value;
    if (choice === undefined && picked !== undefined) setChoice(picked);
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
        if (value === undefined) setMissing(true);
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
        <details class="quiz-help">
          <summary>Why we ask, and how to answer</summary>
          <p>{words.help}</p>
        </details>
        <div class="quiz-options">
          {question.options.map((option) => {
            const id = `${name}-${option.value}`;
            const hintId = `${id}-hint`;
            const { label, hint } = words.options[option.value] ?? { label: option.value };
            return (
              <div class="quiz-option" key={option.value}>
                <input
                  type="radio"
                  id={id}
                  name={name}
                  value={option.value}
                  checked={choice === option.value}
                  aria-describedby={hint ? hintId : undefined}
                  onChange={() => {
                    setChoice(option.value);
                    setMissing(false);
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
