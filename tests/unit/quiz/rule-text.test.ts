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

  it('caveat labels read as the end of a headline: short, lower case, no closing punctuation', () => {
    for (const rule of RULES.filter((r) => r.effect.kind === 'caveat')) {
      const label = RULE_TEXT[rule.id]?.label ?? '';
      // "Serverless functions, with a caveat: <label>"
      expect(label, rule.id).toMatch(/^[a-z][a-z -]*[a-z]$/);
      expect(label.length, rule.id).toBeLessThanOrEqual(40);
    }
  });

  it('trace sentences, next steps and warnings are whole sentences of readable length', () => {
    for (const rule of RULES) {
      const text = RULE_TEXT[rule.id];
      expect(text?.explanation, rule.id).toMatch(/^[A-Z].*\.$/);
      expect(text?.explanation.length, rule.id).toBeLessThanOrEqual(240);
      if (text?.nextStep) expect(text.nextStep, rule.id).toMatch(/^[A-Z].*\.$/);
    }
    for (const warning of WARNING_RULES) {
      expect(WARNING_TEXT[warning.id], warning.id).toMatch(/^[A-Z].*\.$/);
      expect(WARNING_TEXT[warning.id]!.length, warning.id).toBeLessThanOrEqual(260);
    }
  });
});
