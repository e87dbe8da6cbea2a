/**
 * A record made from a result with "Not sure" answers that decide it lists
 * those questions and where each answer leads, in both formats, without
 * breaking how the ADR tools read them. A settled result lists nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseMadrWithFrontmatter } from '@backstage/plugin-adr-common';
import { toMadr, toNygard } from '../../../src/records/index.ts';
import { QUESTIONS, decide, pairsToAnswers, shortestPathTo, setAnswer, type Answers } from '../../../src/quiz/index.ts';
import { UNSURE } from '../../../src/quiz/questions.ts';
import { recordFor, recordForOutcome } from './fixtures.ts';
import { adrToolsStatus } from './adr-tools.ts';

/** The serverless path with its first outcome question that decides the result answered "Not sure" (found, not assumed). */
function undecidedAnswers(): Answers {
  const base = pairsToAnswers(shortestPathTo('serverless'));
  for (const question of Object.keys(base) as (keyof Answers)[]) {
    if (QUESTIONS[question].role !== 'outcome') continue;
    const answers = setAnswer(base, question, UNSURE);
    if (decide(answers).settleFirst.length > 0) return answers;
  }
  throw new Error('no outcome question on the serverless path decides the result when answered "Not sure"');
}

describe('records of an unsettled result', () => {
  const answers = undecidedAnswers();
  const decision = decide(answers);
  const input = recordFor(answers, 'Checkout API');

  it('carry every question to settle, with where its answers lead', () => {
    expect(input.settleFirst.map((o) => o.question)).toEqual(decision.settleFirst.map((q) => QUESTIONS[q].title));
    const leads = decision.open.filter((o) => o.decides).map((o) => o.summary);
    expect(input.settleFirst.map((o) => o.leadsTo)).toEqual(leads);
  });

  it('MADR: listed under Decision Outcome; the plugin still reads a proposed record', () => {
    const text = toMadr(input);
    const outcome = text.split('## Decision Outcome')[1]!.split('### Consequences')[0]!;
    expect(outcome).toContain('Settle these first');
    for (const o of input.settleFirst) expect(outcome).toContain(`* ${o.question}: `);
    expect(parseMadrWithFrontmatter(text).status).toBe('proposed');
  });

  it('Nygard: listed under Decision; adr-tools still reads the status alone', () => {
    const text = toNygard(input, 4);
    const section = text.split('## Decision')[1]!.split('## Consequences')[0]!;
    expect(section).toContain('Settle these first');
    for (const o of input.settleFirst) expect(section).toContain(`* ${o.question}: `);
    expect(adrToolsStatus(text)).toEqual(['Proposed']);
  });

  it('a settled result lists nothing to settle', () => {
    const settled = recordForOutcome('serverless', 'Checkout API');
    expect(settled.settleFirst).toEqual([]);
    expect(toMadr(settled)).not.toContain('Settle these first');
    expect(toNygard(settled, 4)).not.toContain('Settle these first');
  });
});
