/**
 * Cost inputs in the URL: defaults, round trips, old links, a clear
 * message for every kind of bad value, and the daily shapes' codes, which
 * are the quiz's traffic codes (read from its question, never retyped).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, checkField, parseInputs, readNumber } from '../../../src/cost/inputs';
import { defaultsFor, serializeInputs } from '../../../src/cost/links';
import { oldDefaults } from '../../../src/cost/old-links';
import { FLAT_CODE, shapeCodes } from '../../../src/cost/shapes';
import { PEAK, type Shape } from '../../../src/cost/model';
import { QUESTIONS, UNSURE } from '../../../src/quiz/questions';
import { inputs, rules } from './support';

describe('readNumber', () => {
  it('reads plain, grouped and scientific numbers and nothing else', () => {
    expect(readNumber(' 5,000,000 ')).toBe(5_000_000);
    expect(readNumber('5e6')).toBe(5_000_000);
    for (const raw of ['', 'abc', '-5', 'NaN', 'Infinity', '1e999', '5 e6']) expect(readNumber(raw), raw).toBeUndefined();
  });
});

describe('the daily shapes’ codes come from the quiz', () => {
  const traffic = QUESTIONS.traffic.options.filter((o) => o.value !== UNSURE);

  it('every traffic answer is a shape with the quiz’s own code, plus the model’s flat load', () => {
    const codes = shapeCodes(QUESTIONS.traffic);
    expect(Object.keys(codes).sort()).toEqual([...traffic.map((o) => o.code), FLAT_CODE].sort());
    for (const o of traffic) expect(codes[o.code]).toBe(o.value);
    expect(codes[FLAT_CODE]).toBe('flat');
    // Every shape has a code, and every code a peak.
    expect(Object.values(codes).sort()).toEqual(Object.keys(PEAK).sort());
  });

  it('a cost link names each traffic answer by its quiz code, and reads it back', () => {
    // Against flat defaults, so every traffic answer differs from them and is written.
    const flat = inputs({ shape: 'flat' });
    for (const o of traffic) {
      const query = serializeInputs(inputs({ shape: o.value as Shape }), rules, flat);
      expect(new URLSearchParams(query).get('s')).toBe(o.code);
      expect(parseInputs(query, rules, flat).inputs.shape).toBe(o.value);
    }
  });

  it('refuses a traffic answer that takes the flat code, or has no shape', () => {
    const clash = { options: [{ value: 'spiky' as const, code: FLAT_CODE, since: 1 }] };
    expect(() => shapeCodes(clash)).toThrow(/uses the code "f"/);
    const unknown = { options: [{ value: 'bursty' as unknown as 'spiky', code: 'b', since: 3 }] };
    expect(() => shapeCodes(unknown)).toThrow(/"bursty" has no daily shape/);
  });
});

describe('parseInputs', () => {
  it('uses the defaults when nothing is in the URL, with nothing to announce', () => {
    expect(parseInputs('', rules)).toEqual({ inputs: DEFAULT_INPUTS, errors: [], old: false });
  });

  it('reads every parameter', () => {
    const q = 'v=2&p=g&n=2e7&s=f&d=1500&m=1024&w=80&vp=0.1&ar=a&ft=1&u=90&c=10&rm=64&cb=r&mi=0&cm=30&lmi=1&gw=1&lg=2&eg=5&nat=1';
    const { inputs: i, errors, old } = parseInputs(q, rules);
    expect(errors).toEqual([]);
    expect(old).toBe(false);
    expect(i).toEqual({
      events: 2e7, shape: 'flat', durationMs: 1500, memoryMb: 1024, ioWait: 0.8, vmHourly: 0.1, provider: 'google-cloud', arch: 'arm',
      freeTier: true, util: 0.9, concurrency: 10, requestMb: 64, containerBilling: 'request', minInstances: 0, commit: 30, lmi: true,
      gateway: true, logKb: 2, egressKb: 5, nat: true,
    });
  });

  it('loads every earlier link (no v), and says which old defaults it relied on', () => {
    const { inputs: i, errors, old } = parseInputs('?n=2e7&s=h&d=1500&m=1024&w=80&vp=0.1', rules);
    expect(errors).toEqual([]);
    expect(old).toBe(true);
    expect(i).toEqual({ ...DEFAULT_INPUTS, events: 2e7, shape: 'steady-high', durationMs: 1500, memoryMb: 1024, ioWait: 0.8, vmHourly: 0.1 });
    expect(oldDefaults(i).join(' ')).toMatch(/one provider.*free tier.*60% busy.*target is now 70%.*gateway, logs/);
    // A parameter only version 2 has is no sign of an old link.
    expect(parseInputs('?gw=1', rules).old).toBe(false);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['an empty field', 'n=', /Events per month is empty/],
    ['an absurd number', 'n=1e30', /out of range/],
    ['a duration over the time limit', 'd=3600000', /a function stops at its time limit/],
    ['a fractional instance count', 'mi=1.5', /Minimum instances must be a whole number/],
    ['an unknown provider', 'p=x', /Provider “x” is not one of the choices/],
    ['a shape code no quiz answer has', 's=toString', /Daily shape “toString” is not one of the choices/],
    ['utilisation above 100%', 'u=150', /Target utilisation must be between 5 and 100 %/],
  ];
  for (const [what, query, message] of bad) {
    it(`explains ${what} and keeps the default`, () => {
      const { inputs: i, errors } = parseInputs(query, rules);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(message);
      expect(i).toEqual(DEFAULT_INPUTS);
    });
  }

  it('checks a typed value the same way', () => {
    expect(checkField('events', '1e30', rules)).toHaveProperty('message');
    expect(checkField('events', '1000', rules)).toEqual({ value: 1000 });
  });
});

describe('serializeInputs', () => {
  it('writes only what differs, versioned, and round-trips', () => {
    expect(serializeInputs(DEFAULT_INPUTS, rules)).toBe('');
    const changed = inputs({ events: 12_345_678, shape: 'flat', ioWait: 0.25, provider: 'azure', freeTier: true, util: 0.85, commit: 20 });
    const query = serializeInputs(changed, rules);
    expect(query).toBe('v=2&p=z&s=f&ft=1&n=12345678&w=25&u=85&cm=20');
    expect(parseInputs(query, rules).inputs).toEqual(changed);
  });

  it('starts from the quiz traffic answer and provider', () => {
    expect(defaultsFor('steady-high').shape).toBe('steady-high');
    expect(defaultsFor('spiky', 'azure')).toEqual({ ...DEFAULT_INPUTS, shape: 'spiky', provider: 'azure' });
    expect(defaultsFor('nonsense', 'nowhere')).toEqual(DEFAULT_INPUTS);
    expect(defaultsFor(UNSURE)).toEqual(DEFAULT_INPUTS);
    expect(serializeInputs(defaultsFor('spiky'), rules, defaultsFor('spiky'))).toBe('');
  });
});
