/** Cost inputs in the URL: defaults, round trips and a clear message for every kind of bad value. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, defaultsFor, parseInputs, readNumber, serializeInputs } from '../../../src/cost/inputs';
import { book } from './support';

const { limits } = book;

describe('readNumber', () => {
  it('reads plain, grouped and scientific numbers', () => {
    expect(readNumber('5000000')).toBe(5_000_000);
    expect(readNumber(' 5,000,000 ')).toBe(5_000_000);
    expect(readNumber('5 000 000')).toBe(5_000_000);
    expect(readNumber('5_000_000')).toBe(5_000_000);
    expect(readNumber('5e6')).toBe(5_000_000);
    expect(readNumber('0.5')).toBe(0.5);
    expect(readNumber('.5')).toBe(0.5);
  });

  it('rejects what is not a plain number', () => {
    for (const raw of ['', ' ', 'abc', '12abc', '-5', '+5', '1,2,', 'NaN', 'Infinity', '0x10', '1e999', '5 e6', '--1']) {
      expect(readNumber(raw), raw).toBeUndefined();
    }
  });
});

describe('parseInputs', () => {
  it('uses the defaults when nothing is in the URL', () => {
    expect(parseInputs('', limits)).toEqual({ inputs: DEFAULT_INPUTS, errors: [] });
  });

  it('reads every parameter', () => {
    const { inputs, errors } = parseInputs('?n=2e7&s=h&d=1500&m=1024&w=80&vp=0.1', limits);
    expect(errors).toEqual([]);
    expect(inputs).toEqual({ events: 2e7, shape: 'steady-high', durationMs: 1500, memoryMb: 1024, ioWait: 0.8, vmHourly: 0.1 });
  });

  const bad: Array<[string, string, RegExp]> = [
    ['empty', 'n=', /Events per month is empty/],
    ['negative', 'n=-5', /Events per month must be a number between 1 and/],
    ['zero', 'n=0', /Events per month must be between 1 and 100,000,000,000 events; 0 is out of range/],
    ['non-numeric', 'd=fast', /Average duration must be a number .*“fast” is not one/],
    ['absurdly large', 'n=1e30', /out of range/],
    ['over the function time limit', 'd=3600000', /a function stops at its time limit/],
    ['over the function memory', 'm=20000', /the most a function can be given/],
    ['below the smallest function memory', 'm=64', /between 128 and 10,240 MB/],
    ['a share above 100%', 'w=150', /Time waiting on I\/O must be between 0 and 100 %/],
    ['a zero VM price', 'vp=0', /VM price per hour must be between 0.001 and 1,000 USD/],
    ['an unknown shape', 's=x', /Daily shape “x” is not one of the choices/],
  ];
  for (const [what, query, message] of bad) {
    it(`explains ${what} and falls back to the default`, () => {
      const { inputs, errors } = parseInputs(query, limits);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(message);
      expect(inputs).toEqual(DEFAULT_INPUTS);
      for (const v of Object.values(inputs)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
    });
  }

  it('keeps the good fields when others are bad', () => {
    const { inputs, errors } = parseInputs('n=abc&d=300&m=', limits);
    expect(errors.map((e) => e.field)).toEqual(['events', 'memoryMb']);
    expect(inputs.durationMs).toBe(300);
    expect(inputs.events).toBe(DEFAULT_INPUTS.events);
  });

  it('quotes at most 40 characters of a hostile value', () => {
    const { errors } = parseInputs(`d=${'<script>'.repeat(20)}`, limits);
    expect(errors[0]!.message.length).toBeLessThan(160);
  });
});

describe('serializeInputs', () => {
  it('writes only what differs from the defaults and round-trips', () => {
    expect(serializeInputs(DEFAULT_INPUTS)).toBe('');
    const changed = { ...DEFAULT_INPUTS, events: 12_345_678, shape: 'spiky' as const, ioWait: 0.25 };
    const query = serializeInputs(changed);
    expect(query).toBe('n=12345678&s=s&w=25');
    expect(parseInputs(query, limits).inputs).toEqual(changed);
  });

  it('starts from the quiz traffic answer', () => {
    expect(defaultsFor('steady-high').shape).toBe('steady-high');
    expect(defaultsFor('spiky').shape).toBe('spiky');
    expect(defaultsFor(undefined)).toEqual(DEFAULT_INPUTS);
    expect(defaultsFor('nonsense')).toEqual(DEFAULT_INPUTS);
    // With the panel's defaults, an unchanged shape stays out of the URL.
    expect(serializeInputs(defaultsFor('spiky'), defaultsFor('spiky'))).toBe('');
  });
});
