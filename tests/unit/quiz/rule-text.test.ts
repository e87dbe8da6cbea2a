/** The words of the rule table live in rule-text.ts: every rule and warning has them, and none is orphaned. */
import { describe, expect, it } from 'vitest';
import { RULES, WARNING_RULES } from '../../../src/quiz/index.ts';
import { RULE_TEXT, WARNING_TEXT } from '../../../src/quiz/rule-text.ts';

describe('rule text', () => {
  it('every rule has an explanation, and every caveat a label and a next step', () => {
    for (const rule of RULES) {
      const text = RULE_TEXT[rule.id];
      expect(text?.explanation, rule.id).toMatch(/\S{3,}/);
      if (rule.effect.kind === 'caveat') {
        expect(text?.label, rule.id).toMatch(/\S/);
        expect(text?.nextStep, rule.id).toMatch(/\S{3,}/);
      }
    }
    expect(Object.keys(RULE_TEXT).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('every warning has a message, and no message lacks a warning', () => {
    for (const warning of WARNING_RULES) expect(WARNING_TEXT[warning.id], warning.id).toMatch(/\S{3,}/);
    expect(Object.keys(WARNING_TEXT).sort()).toEqual(WARNING_RULES.map((w) => w.id).sort());
  });
});
