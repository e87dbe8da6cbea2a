import { describe, expect, it } from 'vitest';
import { encodeAnswers, restore } from '../../../src/quiz/index.ts';
import { readLink } from '../../../src/quiz/link.ts';
import { allFlowPaths, seededRandom } from './support.ts';

/** What the result page needs, read both ways. */
function viaMachine(raw: string | null) {
  const r = restore(raw);
  return { outcome: r.outcome, message: r.message, asked: r.applied.map((p) => p.question) };
}
function viaLink(raw: string | null) {
  const r = readLink(raw);
  return { outcome: r.outcome, message: r.message, asked: [...r.asked] };
}

describe('readLink agrees with replaying through the machine', () => {
  const paths = allFlowPaths();

  it('on every complete path and every prefix of it', () => {
    let checked = 0;
    for (const path of paths) {
      for (let n = 0; n <= path.order.length; n++) {
        const prefix = Object.fromEntries(path.order.slice(0, n).map((q) => [q, path.answers[q]]));
        const raw = encodeAnswers(prefix, path.order);
        expect(viaLink(raw)).toEqual(viaMachine(raw));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(paths.length);
  }, 90_000);

  it('on bad links, including fuzz', () => {
    const bad = [null, '', '9.go', '1.zz', '1.gz', '1.golcd', `1.${'go'.repeat(1500)}`, '<script>alert(1)</script>', '1.gogo', '1.gnao'];
    const random = seededRandom(7);
    const alphabet = 'abcdeglnoprst.19xz<>"';
    for (let i = 0; i < 500; i++) {
      let s = '1.';
      const len = Math.floor(random() * 20);
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(random() * alphabet.length)];
      bad.push(s);
    }
    for (const raw of bad) expect(viaLink(raw), String(raw)).toEqual(viaMachine(raw));
  });

  it('finds the outcome of a finished path', () => {
    const path = paths[0]!;
    expect(readLink(encodeAnswers(path.answers, path.order)).outcome).not.toBeNull();
  });
});
