import { describe, expect, it } from 'vitest';
import { QUESTION_TEXT } from '../../../src/quiz/question-text.ts';
import { joinSiteUrl, answerLabel, decide, toAdrMarkdown, type Answers, type QuestionId } from '../../../src/quiz/index.ts';
import { md } from '../../../src/quiz/adr.ts';
import { testLabels } from './support.ts';

const options = { url: '/quiz/result/serverless/?a=1.gb', siteUrl: 'https://guide.example/', guideVersion: '1.2.0', date: '2026-05-01', labels: testLabels() };

describe('toAdrMarkdown', () => {
  const answers: Answers = { goal: 'both', location: 'cloud', arrival: 'timer-batches', duration: 'near-limit', state: 'managed-data', traffic: 'spiky', latency: 'interactive' };
  const decision = decide(answers);
  const text = toAdrMarkdown(decision, decision.answers, options);

  it('has the ADR skeleton', () => {
    for (const heading of ['# Run this workload on serverless functions', '## Status', 'Proposed', '## Context', '## Decision', '## Consequences', '### Warnings', '### What would change the outcome', '## Links']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('version 1.2.0');
    expect(text).toContain('2026-05-01');
  });

  it('lists every answered question with its answer label, and the headline', () => {
    for (const [question, value] of Object.entries(answers) as Array<[QuestionId, string]>) {
      expect(text).toContain(md(QUESTION_TEXT[question].text));
      expect(text).toContain(md(answerLabel(question, value)));
    }
    expect(text).toContain(`**${md(decision.headline)}**`);
  });

  it('links are absolute, built from siteUrl, one per trace line and warning', () => {
    const links = [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThanOrEqual(decision.trace.length + decision.warnings.length);
    for (const link of links) expect(link).toMatch(/^https:\/\/guide\.example\/[^\s]*$/);
    expect(links).toContain('https://guide.example/quiz/result/serverless/?a=1.gb');
    expect(links).toContain('https://guide.example/antipatterns/batch-jobs-on-a-timer/#timeouts');
    for (const change of decision.changes) expect(text).toContain(md(change.text));
  });

  it('labels links and warnings with the labels it is given (read from the headings at build time)', () => {
    expect(text).toContain(`[${md('Title of batch-jobs-on-a-timer — Heading of batch-jobs-on-a-timer#timeouts')}](https://guide.example/antipatterns/batch-jobs-on-a-timer/#timeouts)`);
    expect(text).toContain(`**${md('Title of batch-jobs-on-a-timer')}:**`);
  });

  it('escapes Markdown in interpolated values', () => {
    const hostile = toAdrMarkdown(decision, decision.answers, { ...options, workload: '*bold* [x](javascript:alert(1)) <b>', guideVersion: '1_0 | `x`' });
    expect(hostile).toContain('\\*bold\\* \\[x\\](javascript:alert(1)) \\<b\\>');
    expect(hostile).toContain('1\\_0 \\| \\`x\\`');
    expect(hostile).not.toContain('<b>');
  });

  it('joinSiteUrl joins without doubled or missing slashes, and keeps absolute URLs', () => {
    expect(joinSiteUrl('https://a.example/', '/goals/#cost')).toBe('https://a.example/goals/#cost');
    expect(joinSiteUrl('https://a.example', 'goals/')).toBe('https://a.example/goals/');
    expect(joinSiteUrl('https://a.example', 'https://b.example/x')).toBe('https://b.example/x');
  });

  it('works for every outcome, including a result without warnings', () => {
    const servers = decide({ goal: 'neither', location: 'cloud', team: 'platform' });
    const out = toAdrMarkdown(servers, servers.answers, options);
    expect(out).toContain('# Run this workload on conventional servers');
    expect(out).toContain('None of the answers points to a known antipattern.');
  });
});
