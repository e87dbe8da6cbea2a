import { describe, expect, it } from 'vitest';
import {
  CODEC_VERSION,
  MAX_ENCODED_LENGTH,
  QUESTIONS,
  QUESTION_ORDER,
  decide,
  decodeAnswers,
  encodeAnswers,
  setAnswer,
  type Answers,
  type DecodeErrorKind,
  type DecodeResult,
} from '../../../src/quiz/index.ts';
import { UNSURE, decidesAt } from '../../../src/quiz/questions.ts';
import { allFlowPaths, asV1, assumedBefore, seededRandom } from './support.ts';
import { codeVersions } from '../../../src/quiz/codec.ts';
import { EDITION } from '../../../src/quiz/edition.ts';
import { NOT_ASKED } from '../../../src/quiz/question.ts';

/** The answers a damaged link itself carried, without what its edition implies for later questions. */
function given(result: DecodeResult): Answers {
  if (result.ok) return result.answers;
  return Object.fromEntries(result.order.map((q) => [q, result.validPrefix[q]])) as Answers;
}

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
      expect(encoded).toMatch(new RegExp(`^${CODEC_VERSION}\\.[a-z0-9]*$`));
      expect(encoded.length).toBe(2 + order.length * 2);
      const decoded = decodeAnswers(encoded);
      expect(decoded).toEqual({ ok: true, answers, order, implied: [], notAsked: [], edition: EDITION });
    }
  });

  it('"Not sure" round-trips on every question', () => {
    let answers: Answers = {};
    for (const q of QUESTION_ORDER) answers = setAnswer(answers, q, UNSURE);
    expect(decodeAnswers(encodeAnswers(answers))).toEqual({ ok: true, answers, order: QUESTION_ORDER, implied: [], notAsked: [], edition: EDITION });
  });

  it('is short and readable', () => {
    expect(encodeAnswers({ goal: 'cost', location: 'on-premises' })).toBe(`${CODEC_VERSION}.gclp`);
    expect(encodeAnswers({})).toBe(`${CODEC_VERSION}.`);
    expect(decodeAnswers(`${CODEC_VERSION}.`)).toEqual({ ok: true, answers: {}, order: [], implied: [], notAsked: [], edition: EDITION });
  });

  it('accepts upper-case letters (links get retyped)', () => {
    expect(decodeAnswers(`${CODEC_VERSION}.GCLP`)).toEqual({ ok: true, answers: { goal: 'cost', location: 'on-premises' }, order: ['goal', 'location'], implied: [], notAsked: [], edition: EDITION });
  });
});

describe('links of every earlier edition keep working', () => {
  const versions = codeVersions();
  const EARLIER = Object.keys(versions).map(Number).filter((e) => e < EDITION);

  /** The questions an edition's links carry, and the ones they imply or did not ask. */
  const carried = (edition: number) => QUESTION_ORDER.filter((q) => QUESTIONS[q].since <= edition);
  const later = (edition: number) => QUESTION_ORDER.filter((q) => QUESTIONS[q].since > edition);

  it('each edition up to the current one has a table; each later question says how older links read it', () => {
    expect(Object.keys(versions).map(Number)).toEqual(Array.from({ length: EDITION }, (_, i) => i + 1));
    for (const q of QUESTION_ORDER) {
      expect(QUESTIONS[q].since, q).toBeLessThanOrEqual(EDITION);
      if (QUESTIONS[q].since > 1) expect(QUESTIONS[q].before, q).toBeDefined();
      // Only advice questions may be read "not asked": an outcome question must keep old results.
      if (QUESTIONS[q].before === 'not-asked') expect(QUESTIONS[q].role, q).toBe('advice');
    }
  });

  it('a version 1 link reads its own answers, and the later questions as their records say', () => {
    const decoded = decodeAnswers('1.GCLP');
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.order).toEqual(['goal', 'location']);
    expect([...decoded.implied, ...decoded.notAsked].sort()).toEqual([...later(1)].sort());
    expect(decoded.answers).toEqual(asV1({ goal: 'cost', location: 'on-premises' }));
    expect(decoded.edition).toBe(1);
  });

  it('version 1 had no "Not sure" and none of the later questions', () => {
    expect(decodeAnswers('1.gu').ok).toBe(false);
    expect(decodeAnswers('1.hs').ok).toBe(false);
  });

  // Every run of the current quiz whose later questions hold the answer an
  // older edition implies is a run that edition's quiz could make. Written
  // as a link of that edition and read back, it gives the same decision,
  // and the implied answers only add notes.
  it.each(EARLIER)('on every path edition %i could take: same decision, and implied answers rule nothing in or out', (edition) => {
    let checked = 0;
    for (const { answers, order } of allFlowPaths()) {
      const implied = later(edition);
      // A path that needs a later question to decide (the cloud, for GPU work) with another answer than the implied one is not a run that edition could make.
      const deciding = implied.filter((q) => decidesAt(q, Object.fromEntries(QUESTION_ORDER.slice(0, QUESTION_ORDER.indexOf(q)).map((e) => [e, answers[e]])) as Answers));
      if (deciding.some((q) => answers[q] !== undefined && answers[q] !== assumedBefore(q))) continue;
      // An answer its questions did not offer yet (a later option) cannot be in its links either.
      if (order.some((q) => carried(edition).includes(q) && (QUESTIONS[q].options.find((o) => o.value === answers[q])?.since ?? 0) > edition)) continue;
      // What that edition's link stands for: its own answers, and the later questions as it implies them.
      let readAs: Answers = { ...answers };
      for (const q of implied) if (answers[q] !== undefined) readAs = { ...readAs, [q]: assumedBefore(q) ?? NOT_ASKED };
      const body = order
        .filter((q) => carried(edition).includes(q))
        .map((q) => QUESTIONS[q].code + (QUESTIONS[q].options.find((o) => o.value === answers[q])?.code ?? ''))
        .join('');
      const decoded = decodeAnswers(`${edition}.${body}`);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) continue;
      const decision = decide(decoded.answers);
      expect(decision.outcome).toBe(decide(answers).outcome);
      expect(decision.outcome).toBe(decide(readAs).outcome);
      for (const line of decision.trace.filter((l) => implied.includes(l.question))) {
        expect(['note', 'no-effect', 'unsure'], `${line.question}: ${line.rule.id}`).toContain(line.effect);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
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
    if (!result.ok) expect(given(result)).toEqual({ goal: 'cost' });
  });

  it('unknown answer code', () => {
    const result = decodeAnswers('1.gclz');
    expect(expectError(result, 'answer')).toContain('Where it runs');
    if (!result.ok) expect(given(result)).toEqual({ goal: 'cost' });
  });

  it('truncated value: odd length / missing answer', () => {
    const result = decodeAnswers('1.gcl');
    expectError(result, 'truncated');
    if (!result.ok) {
      expect(given(result)).toEqual({ goal: 'cost' });
      expect(result.order).toEqual(['goal']);
    }
    expectError(decodeAnswers('1.g'), 'truncated');
  });

  it('duplicates', () => {
    const result = decodeAnswers('1.gcgo');
    expectError(result, 'duplicate');
    if (!result.ok) expect(given(result)).toEqual({ goal: 'cost' });
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
      let raw = random() < 0.5 ? (random() < 0.5 ? '1.' : `${CODEC_VERSION}.`) : '';
      for (let j = 0; j < length; j++) raw += alphabet.charAt(Math.floor(random() * alphabet.length));
      let result: DecodeResult | undefined;
      expect(() => {
        result = decodeAnswers(raw);
      }).not.toThrow();
      if (result === undefined) throw new Error('no result');
      if (result.ok) {
        // Whatever decodes must encode back to the same value (modulo case);
        // an older link comes back in the current version, its implied answers last.
        const body = raw.toLowerCase().slice(raw.indexOf('.') + 1);
        const { answers, order, implied } = result;
        const tail = implied.map((q) => QUESTIONS[q].code + (QUESTIONS[q].options.find((o) => o.value === answers[q])?.code ?? '')).join('');
        expect(encodeAnswers(answers, [...order, ...implied])).toBe(`${CODEC_VERSION}.${body}${tail}`);
      } else {
        expect(result.error.message).not.toMatch(/[<>"'&%]/);
        for (const [question, value] of Object.entries(result.validPrefix)) {
          expect([...QUESTIONS[question as keyof typeof QUESTIONS].options.map((o) => o.value), NOT_ASKED]).toContain(value);
        }
      }
    }
  });
});
