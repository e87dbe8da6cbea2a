/**
 * Worked sums are computed from the registry (<Calc>, src/lib/calc.ts): the
 * expression language reads numbers and fact ids and nothing else, every
 * sum in content/ evaluates and moves when a fact it uses moves, no dollar
 * amount is typed beside a registry price, and the built page prints what
 * the library computes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { calcFactIds, CalcError, evaluateCalc, factOperand, formatCalc, parseCalc, type CalcFact } from '../../src/lib/calc';
import { factFiles, mdxFiles } from '../support/content-files';
import { requireDist } from '../support/dist';
import { calcsIn, typedSumsIn } from '../support/typed-sums';

const registry = new Map(factFiles().map((f) => [f.id, f.data as CalcFact]));
const lookup = (id: string) => registry.get(id);
const facts: Record<string, CalcFact> = {
  'price-requests': { value: 0.2, unit: 'USD per million requests' },
  'price-calls': { value: 0.05, unit: 'USD per 10,000 API calls' },
  'price-gbs': { value: 0.00001667, unit: 'USD per GB-second' },
  'price-secret': { value: 0.4, unit: 'USD per secret per month' },
  'free-requests': { value: 1, unit: 'million requests' },
  'cache-seconds': { value: 300, unit: 'seconds' },
  status: { value: 'archived' },
  bare: { value: 3 },
};
const fixed = (id: string) => facts[id];
const calc = (expr: string, digits?: number) => formatCalc(evaluateCalc(expr, fixed), digits);

describe('the expression language', () => {
  it('reads numbers as prose writes them, fact ids, + − × ÷ and parentheses', () => {
    expect(calc('50,000,000 × price-requests')).toBe('$10.00');
    expect(calc('50_000_000 * price-requests')).toBe('$10.00');
    expect(calc('(3,000,000 − free-requests) × price-requests')).toBe('$0.40');
    expect(calc('(3,000,000 - free-requests) / 1,000,000')).toBe('2');
    expect(calc('2 + 3 × 4')).toBe('14');
    expect(calc('(2 + 3) × 4')).toBe('20');
    expect(calc('30,000,000 ÷ 10 ÷ 2 × price-calls')).toBe('$7.50');
  });

  it('a price stands for one unit of what it counts, a quantity for single units', () => {
    expect(factOperand('price-requests', facts['price-requests']).value).toBeCloseTo(0.2e-6, 15);
    expect(factOperand('price-calls', facts['price-calls']).value).toBeCloseTo(0.05 / 10_000, 15);
    expect(factOperand('price-secret', facts['price-secret'])).toEqual({ value: 0.4, money: true });
    expect(factOperand('free-requests', facts['free-requests'])).toEqual({ value: 1_000_000, money: false });
    expect(factOperand('cache-seconds', facts['cache-seconds'])).toEqual({ value: 300, money: false });
  });

  it('refuses what is not a sum of numbers and facts: code, unknown facts, unit mistakes', () => {
    const refused: [string, RegExp][] = [
      ['process.exit(1)', /cannot read "\."/],
      ['globalThis["x"]', /cannot read/],
      ['2 +', /ends where/],
      ['(2 + 3', /not closed/],
      ['2 3', /unexpected number/],
      ['1,5 × 2', /cannot read ","|unexpected/],
      ['no-such-fact × 2', /no fact "no-such-fact"/],
      ['status × 2', /no numeric "value"/],
      ['bare × 2', /no "unit"/],
      ['price-requests × price-gbs', /multiplies money by money/],
      ['price-requests + 2', /adds money to a plain number/],
      ['2 ÷ price-requests', /divides a plain number by money/],
      ['2 ÷ (1 − 1)', /divides by zero/],
    ];
    for (const [expr, message] of refused) expect(() => calc(expr), expr).toThrow(message);
    expect(() => parseCalc('2 ×× 3')).toThrow(CalcError);
  });

  it('formats money with cents, numbers without, and rounds to tens or hundreds when asked', () => {
    expect(calc('3,600,000 × price-gbs')).toBe('$60.01');
    expect(calc('7,200,000 × price-gbs', 0)).toBe('$120');
    expect(calc('518,400,000 × price-gbs', -2)).toBe('$8,600');
    expect(calc('1,000 ÷ 0.8 × 3,600')).toBe('4,500,000');
    expect(calc('283.5', 1)).toBe('283.5');
    expect(calc('1 − 3')).toBe('−2');
    expect(() => calc('1', 7)).toThrow(/digits/);
  });

  it('lists the facts an expression reads, once each, in order', () => {
    expect(calcFactIds('2 × b-price + (a − b-price) × c')).toEqual(['b-price', 'a', 'c']);
  });
});

describe('the sums in content/', () => {
  const pages = mdxFiles().map((f) => ({ path: f.path, text: f.text, calcs: calcsIn(f.text) }));

  it('there are sums to check (the reader finds <Calc>)', () => {
    expect(pages.flatMap((p) => p.calcs).length).toBeGreaterThan(30);
  });

  it('every sum evaluates against the registry', () => {
    const broken: string[] = [];
    for (const p of pages) {
      for (const c of p.calcs) {
        try {
          evaluateCalc(c.of, lookup);
        } catch (error) {
          broken.push(`${p.path}:${c.line}: ${(error as Error).message}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('every sum moves when a fact it is built on moves (so a changed price changes every sum built on it)', () => {
    const inert: string[] = [];
    for (const p of pages) {
      for (const c of p.calcs) {
        const ids = calcFactIds(c.of);
        if (ids.length === 0) inert.push(`${p.path}:${c.line}: "${c.of}" reads no fact; type plain arithmetic as prose`);
        const before = evaluateCalc(c.of, lookup).value;
        for (const id of ids) {
          const fact = lookup(id)!;
          const doubled = { ...fact, value: (fact.value as number) * 2 };
          const after = evaluateCalc(c.of, (x) => (x === id ? doubled : lookup(x))).value;
          if (after === before) inert.push(`${p.path}:${c.line}: "${c.of}" does not change with ${id}`);
        }
      }
    }
    expect(inert).toEqual([]);
  });

  it('no dollar amount is typed in a block that shows a registry price: <Calc> computes it', () => {
    const typed = pages.flatMap((p) => typedSumsIn(p.text, lookup).map((t) => `${p.path}:${t.line}: "${t.amount}"`));
    expect(typed, 'write the sum as <Calc of="… × <fact-id>" /> (src/lib/calc.ts), so it follows the price').toEqual([]);
  });

  it('the hand-typed-sum check finds a typed sum next to a price, in a scenario too, and passes a computed one', () => {
    const mdx = [
      'Requests: 50 million at <Fact id="aws-lambda-price-requests" show="value" />: $10.00.',
      '',
      '<Scenario title="x">',
      '',
      '- Compute: 3,600,000 GB-seconds at <Fact id="aws-lambda-price-gb-second" show="value" />: $60.01.',
      '- Total: <Calc of="3,600,000 × aws-lambda-price-gb-second" /> and $5 typed beside it.',
      '',
      '</Scenario>',
      '',
      'Computed: <Calc of="50,000,000 × aws-lambda-price-requests" />.',
      '',
      'A limit, not a price: <Fact id="aws-lambda-timeout-max" show="value" />, and $3 of something else.',
      '',
      '```md',
      '$7 at <Fact id="aws-lambda-price-requests" />',
      '```',
    ].join('\n');
    expect(typedSumsIn(mdx, lookup)).toEqual([
      { line: 1, amount: '$10.00' },
      { line: 5, amount: '$60.01' },
      { line: 6, amount: '$5' },
    ]);
  });
});

describe('the built pages print what the library computes', () => {
  it('the bill that is not compute shows its computed total', () => {
    const dist = requireDist();
    const html = readFileSync(join(dist, 'antipatterns', 'the-bill-that-is-not-compute', 'index.html'), 'utf8');
    const text = parseHtml(html).querySelector('main')?.text ?? '';
    const page = pages().find((p) => p.path.endsWith('the-bill-that-is-not-compute.mdx'))!;
    const shown = page.calcs.map((c) => formatCalc(evaluateCalc(c.of, lookup), c.digits === undefined ? undefined : Number(c.digits)));
    expect(shown.length).toBeGreaterThan(10);
    for (const s of shown) expect(text, s).toContain(s);
  });
});

function pages() {
  return mdxFiles().map((f) => ({ path: f.path, calcs: calcsIn(f.text) }));
}
