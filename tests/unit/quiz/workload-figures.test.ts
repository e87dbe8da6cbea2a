/** The workload's figures from the answers: the team's range and its middle, or the whole range, marked assumed. */
import { describe, expect, it } from 'vitest';
import { workloadFigures } from '../../../src/quiz/workload-figures.ts';
import { spanLabel, typical } from '../../../src/quiz/figure-buckets.ts';
import { questionRecord } from '../../../src/quiz/questions.ts';

describe('workload figures', () => {
  it('an answered range gives its middle on a log scale, marked as the team’s', () => {
    const f = workloadFigures({ volume: 'millions', runtime: 'sub-second', memory: 'moderate' });
    expect(f.volume).toEqual({ value: Math.sqrt(1e6 * 1e7), span: [1e6, 1e7], source: 'team' });
    expect(f.runtime.value).toBeCloseTo(Math.sqrt(100 * 1000), 6);
    expect(f.memory).toEqual({ value: 1024, span: [512, 2048], source: 'team' });
  });

  it('"Not sure", a missing answer or one an older link never gave covers every range, marked assumed', () => {
    for (const volume of ['unsure', undefined] as const) {
      const f = workloadFigures(volume === undefined ? {} : { volume });
      expect(f.volume.source).toBe('assumed');
      expect(f.volume.span).toEqual([1e5, 1e10]);
      expect(f.volume.value).toBeCloseTo(typical([1e5, 1e10]), 3);
    }
  });

  it('the ranges of each figure question join up without gaps, from low to high', () => {
    for (const q of ['volume', 'runtime', 'memory'] as const) {
      const spans = Object.values(questionRecord(q).options).map((o) => (o as { span: readonly [number, number] }).span);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0], q).toBe(spans[i - 1]![1]);
      for (const [low, high] of spans) expect(low, q).toBeLessThan(high);
    }
  });

  it('labels read from the ranges', () => {
    expect(spanLabel([1e5, 1e6], 'events', 'first')).toBe('Under 1 million');
    expect(spanLabel([1e6, 1e7], 'events', 'middle')).toBe('1 million to 10 million');
    expect(spanLabel([1e9, 1e10], 'events', 'last')).toBe('More than 1 billion');
    expect(spanLabel([100, 1000], 'ms', 'middle')).toBe('100 ms to 1 second');
    expect(spanLabel([10_000, 60_000], 'ms', 'middle')).toBe('10 seconds to a minute');
    expect(spanLabel([512, 2048], 'MB', 'middle')).toBe('512 MB to 2 GB');
    expect(questionRecord('volume').options.millions.label).toBe('1 million to 10 million');
  });
});
