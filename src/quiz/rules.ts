/**
 * The decision as a table of named rules, gathered from the question
 * records (src/quiz/questions/) in asking order.
 *
 * How the table is applied (choose.ts, evaluate.ts):
 *   1. `rule-out` rules remove outcomes. Conventional servers can never be
 *      ruled out, so there is always an answer.
 *   2. If serverless functions survive, they are the recommendation: every
 *      answer that makes functions a poor fit is a rule-out.
 *   3. Otherwise the first matching `prefer` rule, in asking order, chooses
 *      between managed services and servers (unless managed services were
 *      ruled out too).
 *   4. `caveat` rules for the chosen outcome attach conditions: one caveat
 *      gives confidence 'caveat', two or more 'boundary'.
 *   5. `note` rules only explain how an answer was read, for the trace.
 * Warnings are separate: each points at the section of the antipattern
 * article that an answer points to.
 *
 * A rule whose inputs have not been answered simply does not match, which
 * is what lets the flow ask "is serverless already ruled out?" mid-quiz.
 * Predicates compare with === only, so a "Not sure" answer matches nothing.
 */
import type { Question, RuleDef, WarningDef } from './question.ts';
import type { QuestionId } from './questions.ts';
import { QUESTION_RECORDS } from './questions/index.ts';

export type { RuleEffect, Answers } from './question.ts';

export interface Rule extends RuleDef {
  /** The question whose record holds the rule; anchors its line in the trace. */
  readonly question: QuestionId;
}

export interface WarningRule extends WarningDef {
  readonly question: QuestionId;
}

const records: readonly Question[] = QUESTION_RECORDS;

export const RULES: readonly Rule[] = records.flatMap((record) =>
  (record.rules ?? []).map((rule) => ({ ...rule, question: record.id as QuestionId })),
);

/** Answers that point at an antipattern; each raises a warning with a link. */
export const WARNING_RULES: readonly WarningRule[] = records.flatMap((record) =>
  (record.warnings ?? []).map((warning) => ({ ...warning, question: record.id as QuestionId })),
);
