/**
 * Worked sums built on registry facts, for `<Calc of="…" />` in articles:
 * "50,000,000 × aws-lambda-price-requests" reads the price from
 * content/facts/, so a changed price changes every sum built on it.
 *
 * The expression is parsed here, never evaluated as code:
 * - numbers as prose writes them: 3,600,000 or 3_600_000 or 0.25;
 * - fact ids (content/facts/<id>.json), standing for their value in the
 *   smallest unit they count: a price "USD per million requests" is the
 *   price of one request, a price "USD per 10,000 API calls" of one call, a
 *   quantity "1 million requests" is 1,000,000 requests;
 * - + and − (or -, with spaces around it), × (or *) and ÷ (or /), and
 *   parentheses.
 * A result is money when a price is in it once (a price times a price, or a
 * sum of money and a count, is refused), and a plain number otherwise.
 * Framework-free: the component, the tests and `npm run facts` share it.
 */
export type CalcNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'fact'; readonly id: string }
  | { readonly kind: 'op'; readonly op: '+' | '-' | '*' | '/'; readonly left: CalcNode; readonly right: CalcNode };

type Token = { kind: 'number'; value: number } | { kind: 'fact'; id: string } | { kind: 'op'; op: '+' | '-' | '*' | '/' } | { kind: '(' } | { kind: ')' };

const OPS: Record<string, '+' | '-' | '*' | '/'> = { '+': '+', '-': '-', '−': '-', '*': '*', '×': '*', '/': '/', '÷': '/' };

/** Thrown for an expression that cannot be read or computed; the message says what and where. */
export class CalcError extends Error {}

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const rest = expr.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    // Thousands groups must be whole ("1,000", not "1,5"), so a typo cannot change a figure silently.
    const number = /^\d+(?:(?:,\d{3})+|(?:_\d+)+)?(?:\.\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0].replace(/[,_]/g, '')) });
      i += number[0].length;
      continue;
    }
    const id = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*/.exec(rest);
    if (id) {
      tokens.push({ kind: 'fact', id: id[0] });
      i += id[0].length;
      continue;
    }
    const c = expr[i]!;
    if (c === '(' || c === ')') tokens.push({ kind: c });
    else if (OPS[c]) tokens.push({ kind: 'op', op: OPS[c] });
    else throw new CalcError(`"${expr}": cannot read "${c}" at position ${i + 1} (numbers, fact ids, + − × ÷ and parentheses only)`);
    i += 1;
  }
  return tokens;
}

/** The expression's tree; throws CalcError on anything but the grammar above. */
export function parseCalc(expr: string): CalcNode {
  const tokens = tokenize(expr);
  let at = 0;
  const peek = () => tokens[at];
  const fail = (what: string): never => {
    throw new CalcError(`"${expr}": ${what}`);
  };
  const primary = (): CalcNode => {
    const t = tokens[at++];
    if (!t) return fail('ends where a number, a fact id or "(" should be');
    if (t.kind === 'number') return { kind: 'number', value: t.value };
    if (t.kind === 'fact') return { kind: 'fact', id: t.id };
    if (t.kind === '(') {
      const inner = sum();
      if (tokens[at++]?.kind !== ')') fail('a "(" is not closed');
      return inner;
    }
    return fail(`expected a number, a fact id or "(" at token ${at}`);
  };
  const product = (): CalcNode => {
    let left = primary();
    for (let t = peek(); t?.kind === 'op' && (t.op === '*' || t.op === '/'); t = peek()) {
      at += 1;
      left = { kind: 'op', op: t.op, left, right: primary() };
    }
    return left;
  };
  const sum = (): CalcNode => {
    let left = product();
    for (let t = peek(); t?.kind === 'op' && (t.op === '+' || t.op === '-'); t = peek()) {
      at += 1;
      left = { kind: 'op', op: t.op, left, right: product() };
    }
    return left;
  };
  const tree = sum();
  if (at < tokens.length) fail(`unexpected ${tokens[at]!.kind === 'op' ? 'operator' : tokens[at]!.kind} at token ${at + 1}`);
  return tree;
}

/** The fact ids an expression reads, in order of first use. */
export function calcFactIds(expr: string): string[] {
  const ids: string[] = [];
  const walk = (n: CalcNode): void => {
    if (n.kind === 'fact' && !ids.includes(n.id)) ids.push(n.id);
    if (n.kind === 'op') {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(parseCalc(expr));
  return ids;
}

/** What a Calc needs of a fact. */
export interface CalcFact {
  readonly value?: number | string;
  readonly unit?: string;
}

/** How many of the counted things one `unit` covers: "million requests" → 1,000,000; "10,000 API calls" → 10,000. */
function countIn(counted: string): number {
  const m = /^(million|thousand|billion|\d{1,3}(?:,\d{3})+|\d+)\b/.exec(counted.trim());
  if (!m) return 1;
  if (m[1] === 'thousand') return 1e3;
  if (m[1] === 'million') return 1e6;
  if (m[1] === 'billion') return 1e9;
  return Number(m[1]!.replace(/,/g, ''));
}

/**
 * A fact as one operand: a price "USD per <n> <things>" is the price of one
 * thing, a quantity "<n> <things>" counts single things.
 */
export function factOperand(id: string, fact: CalcFact | undefined): { value: number; money: boolean } {
  if (!fact) throw new CalcError(`no fact "${id}": add content/facts/${id}.json or fix the id`);
  if (typeof fact.value !== 'number') throw new CalcError(`content/facts/${id}.json has no numeric "value" to compute with`);
  const unit = fact.unit ?? '';
  if (unit === '') throw new CalcError(`content/facts/${id}.json has no "unit": a sum needs to know what the value counts`);
  const price = /^USD per (.+)$/.exec(unit);
  if (price) return { value: fact.value / countIn(price[1]!), money: true };
  if (/^USD\b/.test(unit)) return { value: fact.value, money: true };
  return { value: fact.value * countIn(unit), money: false };
}

export interface CalcResult {
  readonly value: number;
  /** True when the result is an amount of US dollars. */
  readonly money: boolean;
}

/** Computes the expression with facts from `lookup`; throws CalcError naming the expression on a unit mistake. */
export function evaluateCalc(expr: string, lookup: (id: string) => CalcFact | undefined): CalcResult {
  const walk = (n: CalcNode): { value: number; money: number } => {
    if (n.kind === 'number') return { value: n.value, money: 0 };
    if (n.kind === 'fact') {
      const f = factOperand(n.id, lookup(n.id));
      return { value: f.value, money: f.money ? 1 : 0 };
    }
    const a = walk(n.left);
    const b = walk(n.right);
    switch (n.op) {
      case '+':
      case '-':
        if (a.money !== b.money) throw new CalcError(`"${expr}": adds money to a plain number`);
        return { value: n.op === '+' ? a.value + b.value : a.value - b.value, money: a.money };
      case '*':
        if (a.money + b.money > 1) throw new CalcError(`"${expr}": multiplies money by money`);
        return { value: a.value * b.value, money: a.money + b.money };
      case '/':
        if (b.value === 0) throw new CalcError(`"${expr}": divides by zero`);
        if (b.money > a.money) throw new CalcError(`"${expr}": divides a plain number by money`);
        return { value: a.value / b.value, money: a.money - b.money };
    }
  };
  const result = walk(parseCalc(expr));
  if (!Number.isFinite(result.value)) throw new CalcError(`"${expr}": the result is not a finite number`);
  return { value: result.value, money: result.money === 1 };
}

/**
 * The result as prose writes it: money as "$1,234.56" (`digits` decimals,
 * 2 by default), plain numbers en-US with `digits` decimals (0 by default).
 * A negative `digits` rounds to tens, hundreds, …: -2 gives "$8,600" for
 * "roughly $8,600".
 */
export function formatCalc(result: CalcResult, digits?: number): string {
  const d = digits ?? (result.money ? 2 : 0);
  if (!Number.isInteger(d) || d < -6 || d > 6) throw new CalcError(`digits must be a whole number from -6 to 6, got ${String(digits)}`);
  const rounded = d >= 0 ? Number(result.value.toFixed(d)) : Math.round(result.value / 10 ** -d) * 10 ** -d;
  const shown = Math.max(d, 0);
  const text = Math.abs(rounded).toLocaleString('en-US', { minimumFractionDigits: result.money ? shown : 0, maximumFractionDigits: shown });
  const sign = rounded < 0 ? '−' : '';
  return result.money ? `${sign}$${text}` : `${sign}${text}`;
}
