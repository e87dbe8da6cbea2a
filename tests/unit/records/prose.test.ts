/**
 * Records read as prose and say everything the answers point at, once
 * (issue 21): checked over seeded samples of the whole answer space, "Not
 * sure" included, in every record shape (MADR, Nygard, the assessment),
 * with each workload's own cost estimate attached.
 *
 * - A sentence the record composes continues in lower case where it joins
 *   another ("Good, because in a public cloud, …"), unless it starts with
 *   a name ("Lambda", "AWS").
 * - Every warning the decision raises is named once in the consequences,
 *   with the warnings merged under the same article said in that item.
 * - A warning only an unsure answer raises keeps the word "possible"; the
 *   others do not carry it.
 * - Questions the path skipped that carry warnings are named.
 * - Good consequences are the answers that speak for the recommendation,
 *   bad ones the conditions, the answers against and the warnings: no
 *   answer that only says how it was read is restated as a consequence.
 */
import { describe, expect, it } from 'vitest';
import { decide, QUESTIONS, type Answers, type Decision } from '../../../src/quiz/index.ts';
import { recordFromDecision } from '../../../src/records/from-quiz.ts';
import { toAssessmentMadr, toMadr, toNygard, continuing, startsWithName, type RecordInput } from '../../../src/records/index.ts';
import { workloadCost } from '../../../src/records/workload-cost.ts';
import { OUTCOMES, OUTCOME_ORDER } from '../../../src/quiz/outcomes.ts';
import { randomAnswers, seededRandom } from '../quiz/support.ts';
import { contextFor, PACKAGE_VERSION } from './fixtures.ts';
import { COST_CODE, COST_BOOK } from './cost-support.ts';

const SAMPLES = 240;

function samples(): Answers[] {
  const random = seededRandom(21);
  return Array.from({ length: SAMPLES }, (_, i) => randomAnswers(random, i % 3 === 0 ? 0.3 : i % 3 === 1 ? 0.08 : 0));
}

interface Sample {
  readonly decision: Decision;
  readonly record: RecordInput;
  readonly madr: string;
  readonly nygard: string;
}

const built: Sample[] = samples().map((answers) => {
  const decision = decide(answers);
  const cost = workloadCost(decision.outcome, decision.answers, COST_CODE, COST_BOOK);
  const record = recordFromDecision(decision, contextFor(decision, 'Workload', cost?.summary));
  return { decision, record, madr: toMadr(record), nygard: toNygard(record) };
});

/** The lines of a section, from its heading to the next heading of the same or a higher level. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) return '';
  const level = heading.split(' ')[0]!;
  const rest = text.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

/** Where the records join one sentence to another, the word that follows (a quoted answer label keeps its capital). */
const JOINTS = /(?:because|next step:|also,|”:) +(?![“"])([^\s]+)/g;

function capitalsAfterJoints(text: string): string[] {
  return [...text.matchAll(JOINTS)].flatMap((m) => {
    const word = m[1]!.replace(/^[(*\\]+/, '');
    return /^\p{Lu}/u.test(word) && !startsWithName(word) ? [m[0]] : [];
  });
}

describe('records as prose, over seeded answer sets', () => {
  it(`has ${SAMPLES} decisions to check, of every outcome, with warnings, possible warnings and skipped questions among them`, () => {
    expect(built).toHaveLength(SAMPLES);
    for (const o of OUTCOME_ORDER) expect(built.some((b) => b.decision.outcome === o), o).toBe(true);
    expect(built.some((b) => b.decision.warnings.some((w) => w.possible === true))).toBe(true);
    expect(built.some((b) => b.decision.warnings.some((w) => (w.also?.length ?? 0) > 0))).toBe(true);
    expect(built.some((b) => b.decision.unasked.length > 0)).toBe(true);
    expect(built.some((b) => b.record.hosting.kind === 'own')).toBe(true);
  });

  it('no composed sentence starts with a capital after "because" or any other joint, unless with a name', () => {
    for (const { madr, nygard, decision } of built) {
      expect(capitalsAfterJoints(madr), JSON.stringify(decision.answers)).toEqual([]);
      expect(capitalsAfterJoints(nygard), JSON.stringify(decision.answers)).toEqual([]);
    }
  });

  it('every warning is named once in the consequences, with the warnings merged into it', () => {
    for (const { madr, record, decision } of built) {
      const items = section(madr, '### Consequences').split('\n').filter((l) => l.startsWith('* Bad, because'));
      expect(record.warnings).toHaveLength(decision.warnings.length);
      for (const w of record.warnings) {
        const naming = items.filter((l) => l.includes(`antipattern “${w.title}”`));
        expect(naming, `${w.title} in ${JSON.stringify(decision.answers)}`).toHaveLength(1);
      }
      for (const w of decision.warnings) {
        const item = items.find((l) => l.includes(`antipattern “${record.warnings[decision.warnings.indexOf(w)]!.title}”`))!;
        for (const also of w.also ?? []) expect(item).toContain(continuing(also.message).replace(/\.$/, '').replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `\\${c}`).slice(0, 40));
      }
    }
  });

  it('a warning only an unsure answer raises keeps "possible"; the others do not', () => {
    let possible = 0;
    for (const { madr, nygard, record, decision } of built) {
      for (const [i, w] of decision.warnings.entries()) {
        const title = record.warnings[i]!.title;
        for (const text of [madr, nygard]) {
          const item = text.split('\n').find((l) => l.includes(`antipattern “${title}”`))!;
          if (w.possible === true) {
            possible++;
            expect(item, title).toMatch(/may point at the antipattern .*\(possible: /);
          } else expect(item, title).not.toContain('(possible:');
        }
      }
    }
    expect(possible).toBeGreaterThan(0);
  });

  it('the questions the path skipped that carry warnings are named, with what they would check', () => {
    for (const { madr, nygard, decision } of built) {
      for (const text of [madr, nygard]) {
        if (decision.unasked.length === 0) {
          expect(text).not.toContain('Not asked on this path');
          continue;
        }
        const list = text.split('Not asked on this path')[1]!.split('\n\n')[1]!;
        for (const u of decision.unasked) expect(list, u.question).toContain(`* ${QUESTIONS[u.question].title}: it would check `);
        expect(list.split('\n').filter((l) => l.startsWith('* '))).toHaveLength(decision.unasked.length);
      }
    }
  });

  it('good consequences are the answers for the recommendation; no line that only says how an answer was read is restated', () => {
    for (const { madr, record } of built) {
      const items = section(madr, '### Consequences').split('\n');
      const good = items.filter((l) => l.startsWith('* Good, because'));
      const forLines = record.trace.filter((t) => t.stance === 'for' && t.explanation !== '');
      for (const t of forLines) expect(good.some((l) => l.includes(`(“${t.question}”: “${t.answer}”)`)), t.question).toBe(true);
      for (const t of record.trace.filter((l) => l.stance === 'neutral')) {
        expect(items.some((l) => l.includes(`(“${t.question}”: “${t.answer}”)`)), `${t.question} is neutral`).toBe(false);
      }
    }
  });

  it('the cost basis is the workload’s own: the team’s figures named, the assumed ones marked; on its own hardware, no public price and no public limit', () => {
    for (const { madr, record, decision } of built) {
      if (record.hosting.kind === 'own') {
        expect(madr).toContain('no public price applies');
        expect(madr).not.toMatch(/\d USD/);
        expect(madr).not.toContain('AWS Lambda');
        continue;
      }
      const more = section(madr, '## More Information');
      expect(more, JSON.stringify(decision.answers)).toContain(`Computed for ${record.cost!.assumptions.replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `\\${c}`)}`);
      for (const [q, field] of [
        ['volume', 'events a month'],
        ['runtime', 'ms each'],
        ['memory', 'MB'],
      ] as const) {
        const mine = decision.answers[q] !== undefined && decision.answers[q] !== 'unsure';
        const said = new RegExp(`${field}( \\(assumed\\))?`).exec(record.cost!.assumptions);
        expect(said, `${q} in ${record.cost!.assumptions}`).not.toBeNull();
        expect(said![1] === undefined, `${q}: ${record.cost!.assumptions}`).toBe(mine);
      }
    }
  });

  it('the combined record of a sample reads the same way, with the free tier applied once', () => {
    const records = built.slice(0, 12).map((b) => b.record);
    const text = toAssessmentMadr({
      system: 'Sample',
      workloads: records.map((record, i) => ({ name: `W${i}`, record })),
      options: OUTCOME_ORDER.map((key) => ({ key, name: OUTCOMES[key].name, description: OUTCOMES[key].description })),
      assessmentUrl: 'https://guide.example/assess/',
      guideVersion: PACKAGE_VERSION,
      date: '2026-12-03',
      facts: [],
      freeTierOnce: true,
    });
    expect(capitalsAfterJoints(text)).toEqual([]);
    expect(text).toContain('The free tier is applied once for the whole account');
  });
});
