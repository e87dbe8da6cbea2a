/** The words each question record gives its rules and warnings read as the result pages use them. */
import { describe, expect, it } from 'vitest';
import { RULES, WARNING_RULES } from '../../../src/quiz/index.ts';

describe('rule words', () => {
  it('every caveat has a label and a next step; no other rule has either', () => {
    for (const rule of RULES) {
      if (rule.effect.kind === 'caveat') {
        expect(rule.label, rule.id).toMatch(/\S/);
        expect(rule.nextStep, rule.id).toMatch(/\S{3,}/);
      } else {
        expect(rule.label, rule.id).toBeUndefined();
        expect(rule.nextStep, rule.id).toBeUndefined();
      }
    }
  });

  it('rule and warning ids are unique across the records', () => {
    const ruleIds = RULES.map((r) => r.id);
    expect(ruleIds.filter((id, i) => ruleIds.indexOf(id) !== i)).toEqual([]);
    const warningIds = WARNING_RULES.map((w) => w.id);
    expect(warningIds.filter((id, i) => warningIds.indexOf(id) !== i)).toEqual([]);
  });

  it('caveat labels read as the end of a headline: short, lower case, no closing punctuation', () => {
    for (const rule of RULES.filter((r) => r.effect.kind === 'caveat')) {
      const label = rule.label ?? '';
      // "Serverless functions, with a caveat: <label>"
      expect(label, rule.id).toMatch(/^[a-z][a-z -]*[a-z]$/);
      expect(label.length, rule.id).toBeLessThanOrEqual(40);
    }
  });

  it('trace sentences, next steps and warnings are whole sentences of readable length', () => {
    for (const rule of RULES) {
      expect(rule.says, rule.id).toMatch(/^[A-Z].*\.$/);
      expect(rule.says.length, rule.id).toBeLessThanOrEqual(240);
      if (rule.nextStep) expect(rule.nextStep, rule.id).toMatch(/^[A-Z].*\.$/);
    }
    for (const warning of WARNING_RULES) {
      expect(warning.message, warning.id).toMatch(/^[A-Z].*\.$/);
      expect(warning.message.length, warning.id).toBeLessThanOrEqual(260);
    }
  });
});
