/**
 * "Why" on a result holds true for the answers given (issue 21): one line
 * per answer counted, each line under the heading its rules support, and no
 * line that argues the other way. Checked over seeded samples of the whole
 * answer space, "Not sure" included, against the rule effects themselves
 * rather than against the stance the code computed.
 */
import { describe, expect, it } from 'vitest';
import { decide, RULES, type Answers, type OutcomeId } from '../../../src/quiz/index.ts';
import type { Rule } from '../../../src/quiz/rules.ts';
import { randomAnswers, seededRandom } from './support.ts';

const BY_ID = new Map(RULES.map((r) => [r.id, r]));
const rule = (id: string): Rule => {
  const found = BY_ID.get(id);
  if (found === undefined) throw new Error(`no rule ${id}`);
  return found;
};

/** Whether a rule argues against `outcome` in a result that ruled out `out`. */
function argues(r: Rule, outcome: OutcomeId, out: readonly OutcomeId[]): 'for' | 'against' | 'aside' {
  const e = r.effect;
  if (e.kind === 'rule-out') return (e.outcomes as readonly OutcomeId[]).includes(outcome) ? 'against' : 'for';
  if (e.kind === 'prefer') return e.outcome === outcome ? 'for' : 'aside';
  if (e.kind === 'caveat') return e.outcome === outcome ? 'against' : 'aside';
  if (r.favours === undefined || out.includes(r.favours)) return 'aside';
  return r.favours === outcome ? 'for' : 'against';
}

function samples(): Answers[] {
  const random = seededRandom(2026);
  return Array.from({ length: 1500 }, (_, i) => randomAnswers(random, i % 3 === 0 ? 0.25 : 0));
}

describe('why a result says what it says', () => {
  const decisions = samples().map((answers) => decide(answers));

  it('one line per answer counted: every asked question has exactly one line, in asking order', () => {
    for (const d of decisions) {
      const questions = d.trace.map((l) => l.question);
      expect(new Set(questions).size, JSON.stringify(d.answers)).toBe(questions.length);
      for (const q of d.asked) expect(questions, q).toContain(q);
      // Any other line is a rule speaking for an unanswered question (the default preference), never a silent answer.
      for (const line of d.trace.filter((l) => !d.asked.includes(l.question))) expect(line.rules.length).toBeGreaterThan(0);
    }
  });

  it('a line under "why" holds nothing that argues against the recommendation, and a line against holds nothing for it', () => {
    for (const d of decisions) {
      for (const line of d.trace) {
        for (const r of line.rules) {
          const stance = argues(rule(r.id), d.outcome, d.ruledOut);
          if (line.stance === 'for') expect(stance, `${line.question}: ${r.id} under "why ${d.outcome}"`).not.toBe('against');
          if (line.stance === 'against') expect(stance, `${line.question}: ${r.id} against ${d.outcome}`).not.toBe('for');
          if (line.stance === 'neutral') expect(stance, `${line.question}: ${r.id} aside`).toBe('aside');
        }
      }
    }
  });

  it('every "why" line has at least one rule that supports the recommendation, and every line against one that argues against it', () => {
    for (const d of decisions) {
      for (const line of d.trace.filter((l) => l.stance !== 'neutral')) {
        const stances = line.rules.map((r) => argues(rule(r.id), d.outcome, d.ruledOut));
        expect(stances, `${line.question} (${line.stance})`).toContain(line.stance);
      }
    }
  });

  it('a recommendation has a reason: at least one line for it whenever any rule chose it', () => {
    let checked = 0;
    for (const d of decisions.filter((x) => x.confidence !== 'open')) {
      expect(d.trace.some((l) => l.stance === 'for'), JSON.stringify(d.answers)).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('composed lines read as prose: sentences joined whole, no capital letter after a comma or a lower-case word', () => {
    for (const d of decisions) {
      for (const line of d.trace) {
        expect(line.rule.text, line.question).toMatch(/^[A-Z“]/);
        expect(line.rule.text, line.question).toMatch(/[.)”]$/);
        // A sentence glued into another would show as ", The" or "because In".
        expect(line.rule.text, line.question).not.toMatch(/(?:,|;| because| and| but) (?:The|A|An|In|On|With|Functions|Every|This|It) /);
      }
    }
  });
});
