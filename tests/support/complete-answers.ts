/**
 * Finishes a quiz path from preferred answers: every question the flow asks
 * takes the preferred answer when there is one, else its first concrete
 * option. Tests use it to reach a result with a given traffic answer, so
 * they keep working when questions are added to the flow.
 */
import { QUESTIONS, decide, nextUnanswered, type Answers, type Decision, type QuestionId } from '../../src/quiz/index.ts';

export function completeAnswers(preferred: Partial<Record<QuestionId, string>>): Decision {
  let answers: Answers = {};
  for (let guard = 0; guard < 50; guard++) {
    const next = nextUnanswered(answers);
    if (next === 'review') break;
    const q = next as QuestionId;
    const value = preferred[q] ?? QUESTIONS[q].options.find((o) => o.value !== 'unsure')!.value;
    answers = { ...answers, [q]: value };
  }
  return decide(answers);
}
