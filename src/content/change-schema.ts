import { z } from 'astro/zod';
import { OUTCOME_ORDER } from '../quiz/outcome-ids.ts';
import { QUESTIONS, QUESTION_ORDER, isAnswerValue, isQuestionId } from '../quiz/questions.ts';
import { EDITION } from '../quiz/edition.ts';

/**
 * One entry of /changes/ (content/changes/<YYYY-MM-DD>-<slug>.md): a dated
 * change to what the quiz decides or asks. The file name is the entry's
 * permanent anchor on /changes/. The body says what changed and why.
 * Every edition after the first has at least one entry (tests/unit/quiz/
 * link-corpus.test.ts), and a result link whose answers lead elsewhere today
 * is explained by the entry whose `moves` match it.
 */

const outcomeSchema = z.enum(OUTCOME_ORDER);

/**
 * Answers a move applies to: question id → the answers (option values,
 * "unsure" included where it applies) that lead to the move. Every listed
 * question must hold one of its listed answers; unlisted questions are free.
 */
const answerPattern = z.record(z.string(), z.array(z.string()).min(1)).superRefine((pattern, ctx) => {
  for (const [question, values] of Object.entries(pattern)) {
    if (!isQuestionId(question)) {
      ctx.addIssue({ code: 'custom', path: [question], message: `"${question}" is not a quiz question (questions: ${QUESTION_ORDER.join(', ')})` });
      continue;
    }
    for (const value of values) {
      if (!isAnswerValue(question, value)) {
        ctx.addIssue({ code: 'custom', path: [question], message: `"${value}" is not an answer of "${question}" (${QUESTIONS[question].options.map((o) => o.value).join(', ')})` });
      }
    }
  }
});

export const changeSchema = z.object({
  /** The day the change took effect: the first day of its edition. */
  date: z.coerce.date(),
  /** The edition the change opened (src/quiz/edition.ts); links made before it carry a lower number. */
  edition: z.number().int().min(1).max(EDITION, `no edition is later than the current one (${EDITION}, src/quiz/edition.ts)`),
  /** What changed, in one line. */
  title: z.string().min(10).max(140),
  /** Questions added, removed or reworded in meaning by the change. */
  questions: z.array(z.enum(QUESTION_ORDER)).default([]),
  /** Rule ids whose effect or condition changed (records in src/quiz/questions/). */
  rules: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /**
   * Where the change sends answers to a different outcome than before:
   * `from` → `to` for answers matching `when`. Empty for changes that move
   * no outcome (new questions that only add advice, wording).
   */
  moves: z
    .array(z.object({ from: outcomeSchema, to: outcomeSchema, when: answerPattern }))
    .default([]),
  /** Guide sections the change concerns (`<page>#<id>`). */
  sections: z.array(z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/)).default([]),
});

export type ChangeEntry = z.infer<typeof changeSchema>;
