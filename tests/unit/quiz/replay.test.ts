import { describe, expect, it } from 'vitest';
import { decide, encodeAnswers, replay, restore } from '../../../src/quiz/index.ts';
import { completeRun } from './support.ts';
import { readLink } from '../../../src/quiz/link.ts';

describe('replay', () => {
  it('reproduces the result of a complete set of answers', () => {
    const answers = { goal: 'cost', location: 'cloud', hardware: 'standard', cloud: 'aws', arrival: 'continuous', volume: 'under-a-million', runtime: 'sub-second', memory: 'light', team: 'platform' } as const;
    const result = replay(answers);
    expect(result.outcome).toBe('servers');
    expect(result.snapshot.status).toBe('done');
    expect(result.applied.map((p) => p.question)).toEqual(['goal', 'location', 'hardware', 'cloud', 'arrival', 'volume', 'runtime', 'memory', 'team']);
    expect(result.ignored).toEqual([]);
  });

  it('stops at review when asked not to confirm', () => {
    const result = replay({ goal: 'cost', location: 'on-premises' }, { confirm: false });
    expect(result.snapshot.value).toBe('review');
    expect(result.outcome).toBeNull();
  });

  it('reports answers for questions the machine did not ask as ignored', () => {
    const result = replay({ goal: 'cost', location: 'on-premises', arrival: 'per-event', team: 'little' });
    expect(result.outcome).toBe('servers');
    expect(result.ignored).toEqual([
      { question: 'arrival', value: 'per-event' },
      { question: 'team', value: 'little' },
    ]);
    expect(result.snapshot.context.answers).toEqual({ goal: 'cost', location: 'on-premises' });
  });

  it('stops at the first question that has no answer', () => {
    const result = replay({ goal: 'both', location: 'cloud', hardware: 'standard', cloud: 'azure', duration: 'short' });
    expect(result.snapshot.value).toBe('arrival');
    expect(result.outcome).toBeNull();
    // duration was not reached, so it is neither applied nor lost: it is ignored.
    expect(result.ignored).toEqual([{ question: 'duration', value: 'short' }]);
  });
});

describe('restore', () => {
  it('restores a complete link without a message', () => {
    const answers = completeRun({ goal: 'operations', location: 'cloud', arrival: 'per-event', duration: 'short', state: 'stateless', traffic: 'spiky', latency: 'tolerant' });
    const result = restore(encodeAnswers(answers));
    expect(result.status).toBe('complete');
    expect(result.outcome).toBe(decide(answers).outcome);
    expect(result.problem).toBeNull();
    expect(result.message).toBeNull();
  });

  it('keeps the valid prefix when later codes are bad, and says so', () => {
    const result = restore('2.gclchsaezz');
    expect(result.problem?.kind).toBe('question');
    // An edition 2 link: the cloud it never asked is read as that edition implies ("not chosen yet").
    expect(result.applied).toEqual([
      { question: 'goal', value: 'cost' },
      { question: 'location', value: 'cloud' },
      { question: 'hardware', value: 'standard' },
      { question: 'cloud', value: 'undecided' },
      { question: 'arrival', value: 'per-event' },
    ]);
    expect(result.status).toBe('in-progress');
    expect(result.snapshot.value).toBe('duration');
    expect(result.message).toMatch(/first 4 answers were kept/);
  });

  it('a bad first code gives a clean start with a message', () => {
    const result = restore('7.gc');
    expect(result.problem?.kind).toBe('version');
    expect(result.snapshot.value).toBe('goal');
    expect(result.applied).toEqual([]);
    expect(result.message).toMatch(/starts from the beginning/);
  });

  it('mentions ignored answers', () => {
    const result = restore('2.gclpae');
    expect(result.outcome).toBe('servers');
    expect(result.ignored).toEqual([{ question: 'arrival', value: 'per-event' }]);
    expect(result.message).toMatch(/One answer in the link did not apply/);
  });

  it('no answers in the URL is a quiet clean start', () => {
    for (const raw of [null, '']) {
      const result = restore(raw);
      expect(result.status).toBe('empty');
      expect(result.message).toBeNull();
      expect(result.snapshot.value).toBe('goal');
    }
  });

  it('markup in the URL never reaches the message', () => {
    const result = restore('<script>alert(1)</script>');
    expect(result.problem?.kind).toBe('invalid-chars');
    expect(result.message).not.toMatch(/[<>]/);
    expect(result.snapshot.value).toBe('goal');
  });
});

describe('restore: edition 1 links', () => {
  it('a complete edition 1 link lands on its result page, saying which questions it did not ask', () => {
    const reading = readLink('1.golcaedssntsrt');
    expect(reading.outcome).toBe('serverless');
    expect(reading.ignored).toEqual([]);
    expect(reading.message).toMatch(/earlier edition of the quiz, which did not ask about “Hardware and runtime”/);
    // Questions added later as "not asked" are named too, and cover nothing on the result.
    expect(reading.message).toMatch(/did not ask about “Effects that must happen once”, “Signals between steps” and “Permissions and secrets”, so what those questions check is not covered here/);
  });

  it('on the quiz page the same link asks the questions its edition never asked, and says so', () => {
    const result = restore('1.golcaedssntsrt');
    expect(result.status).toBe('in-progress');
    expect(result.snapshot.value).toBe('effects');
    expect(result.message).toMatch(/did not ask about “Effects that must happen once”, “Signals between steps” and “Permissions and secrets”; answer them to finish/);
  });

  it('an on-premises edition 1 link needs none of the new questions, so it says nothing about them', () => {
    const result = restore('1.gclp');
    expect(result.outcome).toBe('servers');
    expect(result.message).toBeNull();
  });
});
