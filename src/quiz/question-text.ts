/**
 * The words of the quiz's questions, read from their records
 * (src/quiz/questions/): the question as asked, its help, and each option's
 * label, hint and related guide sections, plus the words of "Not sure".
 */
import type { OptionDef, Question } from './question.ts';
import { QUESTION_ORDER, UNSURE, questionRecord, type QuestionId } from './questions.ts';

/** The words of one option (a record's option without its URL code). */
export type OptionText = Pick<OptionDef, 'label' | 'hint' | 'sections'>;

export interface QuestionText {
  readonly text: string;
  readonly help: string;
  readonly options: { readonly [value: string]: OptionText };
}

/** The words of "Not sure", the same on every question. */
export const UNSURE_TEXT: OptionText = {
  // No hint: it would cost every question a line on a phone; the quiz's introduction explains it.
  label: 'Not sure',
  sections: [],
};

/** A question's words. */
export function questionText(question: QuestionId): QuestionText {
  const record: Question = questionRecord(question);
  return record;
}

/** The words of one option, or undefined for a value the question does not have. */
export function optionText(question: QuestionId, value: string): OptionText | undefined {
  if (value === UNSURE) return UNSURE_TEXT;
  const options = questionText(question).options;
  return Object.hasOwn(options, value) ? options[value] : undefined;
}

/** Label of an answer, for display; falls back to the raw value id. */
export function answerLabel(question: QuestionId, value: string): string {
  return optionText(question, value)?.label ?? value;
}

/** What the quiz island shows of one question (no sections). */
export interface QuizWords {
  readonly text: string;
  readonly help: string;
  readonly options: { readonly [value: string]: { readonly label: string; readonly hint?: string } };
}

/** One question's words for the screen, "Not sure" included. */
export function quizWords(question: QuestionId): QuizWords {
  const { text, help, options } = questionText(question);
  const shown: Record<string, { label: string; hint?: string }> = {};
  for (const [value, o] of [...Object.entries(options), [UNSURE, UNSURE_TEXT]] as [string, OptionText][]) {
    shown[value] = o.hint === undefined ? { label: o.label } : { label: o.label, hint: o.hint };
  }
  return { text, help, options: shown };
}

/** Every question's words, in asking order (tests and pages that list them all). */
export function allQuestionText(): { readonly [Q in QuestionId]: QuestionText } {
  return Object.fromEntries(QUESTION_ORDER.map((q) => [q, questionText(q)])) as { readonly [Q in QuestionId]: QuestionText };
}
