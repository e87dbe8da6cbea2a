import { describe, expect, it } from 'vitest';
import {
  CODEC_VERSION,
  MAX_ENCODED_LENGTH,
  QUESTIONS,
  QUESTION_ORDER,
  decodeAnswers,
  encodeAnswers,
  type DecodeErrorKind,
  type DecodeResult,
} from '../../../src/quiz/index.ts';
import { allFlowPaths, seededRandom } from './support.ts';

function expectError(result: DecodeResult, kind: DecodeErrorKind): string {
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.error.kind).toBe(kind);
  expect(result.error.message.length).toBeGreaterThan(15);
  return result.error.message;
}

describe('codes', () => {
  it('question codes are unique, answer codes unique per question, all URL-safe single characters', () => {
    const questionCodes = QUESTION_ORDER.map((q) => QUESTIONS[q].code);
    expect(new Set(questionCodes).size).toBe(questionCodes.length);
    for (const q of QUESTION_ORDER) {
      const codes = QUESTIONS[q].options.map((o) => o.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of [QUESTIONS[q].code, ...codes]) expect(code).toMatch(/^[a-z0-9]$/);
    }
  });
});

describe('encode → decode', () => {
  it('round-trips every complete path, keeping the asking order', () => {
    for (const { answers, order } of allFlowPaths()) {
      const encoded = encodeAnswers(answers, order);
      expect(encoded).toMatch(/^1\.[a-z0-9]*$/);
      expect(encoded.length).toBe(2 + order.length * 2);
      const decoded = decodeAnswers(encoded);
      expect(decoded).toEqual({ ok: true, answers, order });
    }
  });

  it('is short and readable', () => {
    expect(encodeAnswers({ goal: 'cost', location: 'on-premises' })).toBe('1.gclp');
    expect(encodeAnswers({})).toBe(`${CODEC_VERSION}.`);
    expect(decodeAnswers('1.')).toEqual({ ok: true, answers: {}, order: [] });
  });

  it('accepts upper-case letters (links get retyped)', () => {
    expect(decodeAnswers('1.GCLP')).toEqual({ ok: true, answers: { goal: 'cost', location: 'on-premises' }, order: ['goal', 'location'] });
  });
});

describe('decode: bad input gives a clear error and keeps the valid prefix', () => {
  it('unknown version', () => {
    expectError(decodeAnswers('9.ga'), 'version');
    expectError(decodeAnswers('gclp'), 'version'); // no version at all
    expectError(decodeAnswers('.gc'), 'version');
  });

  it('unknown question code', () => {
    const result = decodeAnswers('1.gcxa');
    const message = expectError(result, 'question');
    expect(message).toContain('2');
    if (!result.ok) expect(result.validPrefix).toEqual({ goal: 'cost' });
  });

  it('unknown answer code', () => {
    const result = decodeAnswers('1.gclz');
    expect(expectError(result, 'answer')).toContain('Where it runs');
    if (!result.ok) expect(result.validPrefix).toEqual({ goal: 'cost' });
  });

  it('truncated value: odd length / missing answer', () => {
    const result = decodeAnswers('1.gcl');
    expectError(result, 'truncated');
    if (!result.ok) {
      expect(result.validPrefix).toEqual({ goal: 'cost' });
      expect(result.order).toEqual(['goal']);
    }
    expectError(decodeAnswers('1.g'), 'truncated');
  });

  it('duplicates', () => {
    const result = decodeAnswers('1.gcgo');
    expectError(result, 'duplicate');
    if (!result.ok) expect(result.validPrefix).toEqual({ goal: 'cost' });
  });

  it('too long: rejected before parsing', () => {
    const long = `1.${'gc'.repeat(1499)}`;
    expect(long.length).toBe(3000);
    expectError(decodeAnswers(long), 'too-long');
    expectError(decodeAnswers('<'.repeat(3000)), 'too-long');
    // At the limit it is parsed (and then fails for its own reasons).
    expectError(decodeAnswers(`1.${'gc'.repeat((MAX_ENCODED_LENGTH - 2) / 2)}`), 'duplicate');
  });

  it('markup and script never pass, and are never echoed back', () => {
    for (const raw of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '1.gc<b>', "1.gc'", '1.gc lp', '1.gc%3C', '1.gé']) {
      const message = expectError(decodeAnswers(raw), 'invalid-chars');
      expect(message).not.toMatch(/[<>"']/);
      expect(message).not.toContain('script');
      expect(message).not.toContain('onerror');
    }
  });

  it('empty string, null and undefined', () => {
    expectError(decodeAnswers(''), 'empty');
    expectError(decodeAnswers(null), 'empty');
    expectError(decodeAnswers(undefined), 'empty');
  });

  it('fuzz: 2,000 seeded random strings never throw and always give a well-formed result', () => {
    const random = seededRandom(42);
    const alphabet = '1.gclpaetdsnbmovhrtiw9-_<>"\'&%é ABCxyz';
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * (i % 100 === 0 ? 2600 : 24));
      let raw = random() < 0.5 ? '1.' : '';
      for (let j = 0; j < length; j++) raw += alphabet.charAt(Math.floor(random() * alphabet.length));
      let result: DecodeResult | undefined;
      expect(() => {
        result = decodeAnswers(raw);
      }).not.toThrow();
      if (result === undefined) throw new Error('no result');
      if (result.ok) {
        // Whatever decodes must encode back to the same value (modulo case).
        expect(encodeAnswers(result.answers, result.order)).toBe(raw.toLowerCase());
      } else {
        expect(result.error.message).not.toMatch(/[<>"'&%]/);
        for (const [question, value] of Object.entries(result.validPrefix)) {
          expect(QUESTIONS[question as keyof typeof QUESTIONS].options.map((o) => o.value)).toContain(value);
        }
      }
    }
  });
});
