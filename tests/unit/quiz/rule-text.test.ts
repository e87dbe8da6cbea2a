/** The words beside each question record: every rule and warning has them, none is orphaned, and they read as the result pages use them. */
import { describe, expect, it } from 'vitest';
import { RULES, WARNING_RULES } from '../../../src/quiz/index.ts';
import { WORDED_IDS, wordsOf } from '../../../src/quiz/rule-words.ts';

describe('rule words', () => {
  it('every rule has a sentence; every caveat a label and a next step; no other rule has either', () => {
    for (const rule of RULES) {
      const words = wordsOf(rule.id);
      expect(words?.says, rule.id).toMatch(/\S{3,}/);
      if (rule.effect.kind === 'caveat') {
        expect(words?.label, rule.id).toMatch(/\S/);
        expect(words?.nextStep, rule.id).toMatch(/\S{3,}/);
      } else {
        expect(words?.label, rule.id).toBeUndefined();
        expect(words?.nextStep, rule.id).toBeUndefined();
      }
    }
  });

  it('every warning has a message; no words are left without a rule or warning; ids are unique', () => {
    for (const warning of WARNING_RULES) expect(wordsOf(warning.id)?.says, warning.id).toMatch(/\S{3,}/);
    const ids = [...RULES.map((r) => r.id), ...WARNING_RULES.map((w) => w.id)];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect([...WORDED_IDS].sort()).toEqual([...ids].sort());
  });

  it('caveat labels read as the end of a headline: short, lower case, no closing punctuation', () => {
    for (const rule of RULES.filter((r) => r.effect.kind === 'caveat')) {
      const label = wordsOf(rule.id)?.label ?? '';
      // "Serverless functions, with a caveat: <label>"
      // Lower case first (it ends a sentence); proper names such as "Container Apps" keep their capitals.
      expect(label, rule.id).toMatch(/^[a-z][a-zA-Z -]*[a-z]$/);
      expect(label.length, rule.id).toBeLessThanOrEqual(40);
    }
  });

  it('trace sentences, next steps and warnings are whole sentences of readable length', () => {
    for (const rule of RULES) {
      const words = wordsOf(rule.id);
      expect(words?.says, rule.id).toMatch(/^[A-Z].*\.$/);
      expect(words?.says.length, rule.id).toBeLessThanOrEqual(240);
      if (words?.nextStep) expect(words.nextStep, rule.id).toMatch(/^[A-Z].*\.$/);
    }
    for (const warning of WARNING_RULES) {
      expect(wordsOf(warning.id)?.says, warning.id).toMatch(/^[A-Z].*\.$/);
      expect(wordsOf(warning.id)?.says.length, warning.id).toBeLessThanOrEqual(260);
    }
  });
});
