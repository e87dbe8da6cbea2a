/** The Nygard / adr-tools shape, read the way adr-tools' own scripts read it (see adr-tools.ts). */
import { describe, expect, it } from 'vitest';
import { toNygard, recordFileName, recordTitle } from '../../../src/records/index.ts';
import { OUTCOME_ORDER } from '../../../src/quiz/index.ts';
import { BUSY_SERVERLESS, recordFor, recordForOutcome } from './fixtures.ts';
import { adrToolsLists, adrToolsStatus, adrToolsTitle } from './adr-tools.ts';
import { structure } from './markdown-structure.ts';

describe('Nygard / adr-tools record', () => {
  const input = recordFor(BUSY_SERVERLESS, 'Checkout API');
  const text = toNygard(input, 7);

  it('has the template’s shape: # N. Title, Date:, Status, Context, Decision, Consequences', () => {
    expect(text.split('\n').slice(0, 3)).toEqual(['# 7. Run Checkout API on serverless functions', '', 'Date: 2026-11-27']);
    expect(structure(text).headings).toEqual(['h1 7. Run Checkout API on serverless functions', 'h2 Status', 'h2 Context', 'h2 Decision', 'h2 Consequences']);
  });

  it('adr-tools reads the status and the title', () => {
    expect(adrToolsStatus(text)).toEqual(['Proposed']);
    expect(adrToolsTitle(text)).toBe('7. Run Checkout API on serverless functions');
  });

  it('the number in the title follows the record number; the file is listed by adr list', () => {
    expect(toNygard(input, '0012').split('\n')[0]).toBe('# 12. Run Checkout API on serverless functions');
    expect(toNygard(input, 'x').split('\n')[0]).toBe('# 1. Run Checkout API on serverless functions');
    expect(adrToolsLists(recordFileName(7, recordTitle(input)))).toBe(true);
  });

  it('states the decision, its consequences and the revisit triggers', () => {
    expect(text).toMatch(/^We will run Checkout API on serverless functions, because /m);
    const consequences = text.split('## Consequences')[1]!;
    expect(consequences).toContain('Revisit this decision when:');
    expect(consequences).toContain('Run time:');
    for (const w of input.warnings) expect(consequences).toContain(w.title);
  });

  it('every outcome reads the same way', () => {
    for (const outcome of OUTCOME_ORDER) {
      const md = toNygard(recordForOutcome(outcome, 'Billing'), 3);
      expect(adrToolsStatus(md)).toEqual(['Proposed']);
      expect(adrToolsTitle(md)).toMatch(/^3\. Run Billing on /);
    }
  });
});

describe('the adr-tools reader reproduction', () => {
  it('stops at the next heading and skips blank lines, like the awk range', () => {
    expect(adrToolsStatus('# 1. T\n\n## Status\n\nAccepted\n\nSuperseded by x\n\n## Context\n\nProposed\n')).toEqual(['Accepted', 'Superseded by x']);
    expect(adrToolsStatus('# 1. T\n\n## Context\n\nNo status here\n')).toEqual([]);
  });
});
