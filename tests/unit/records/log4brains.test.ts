/**
 * A folder of generated records, loaded by log4brains' own core
 * (@log4brains/core, Log4brains.create + searchAdrs): every file is found,
 * its slug is the file name and its title is the workload's title as text.
 *
 * Known limit, on log4brains' side: version 1.1.0 reads MADR 2's
 * "* Status:" list item, not MADR 4's YAML front matter, so it reports
 * every record as "accepted" (its default); the status is checked with the
 * ADR plugin's parser in madr.test.ts instead.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Log4brains } from '@log4brains/core';
import { toMadr, recordFileName, recordTitle, cleanName } from '../../../src/records/index.ts';
import { OUTCOME_ORDER } from '../../../src/quiz/index.ts';
import { HOSTILE_NAMES, recordForOutcome } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'records-log4brains-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('log4brains loads a folder of generated MADR records', () => {
  mkdirSync(join(dir, 'docs/adr'), { recursive: true });
  writeFileSync(join(dir, '.log4brains.yml'), 'project:\n  name: records-test\n  tz: Etc/UTC\n  adrFolder: ./docs/adr\n');
  const names = [...OUTCOME_ORDER.map((o) => `Workload for ${o}`), ...HOSTILE_NAMES.map(([, n]) => n)];
  const written = names.map((name, i) => {
    const input = recordForOutcome(OUTCOME_ORDER[i % 3]!, name);
    const file = recordFileName(i + 1, recordTitle(input));
    writeFileSync(join(dir, 'docs/adr', file), toMadr(input));
    return { file, title: recordTitle(input) };
  });

  it('finds every record, with its file name as slug and its title as plain text', async () => {
    const adrs = await Log4brains.create(dir).searchAdrs();
    expect(adrs.map((a) => a.slug).sort()).toEqual(written.map((w) => w.file.replace(/\.md$/, '')).sort());
    for (const w of written) {
      const adr = adrs.find((a) => a.slug === w.file.replace(/\.md$/, ''));
      expect(adr?.title, w.file).toBe(w.title);
      expect(adr?.body.rawMarkdown).toContain('## Decision Outcome');
    }
    // The HTML name came through as text, not as markup.
    expect(adrs.map((a) => a.title)).toContain(`Run ${cleanName(HOSTILE_NAMES[1]![1])} on managed services`);
  });
});
