/**
 * Every built page is valid, well-formed HTML by html-validate's
 * recommended rules (.htmlvalidate.json). The only relaxations are the
 * ones listed in RELAXED below, each for markup a framework emits that is
 * valid HTML; the first test fails if the config relaxes anything else.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { indexSite } from '../support/site-index';
import { requireDist } from '../support/dist';

const config = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url)), 'utf8'),
) as ConfigData;
const validator = new HtmlValidate(config);
const ERROR = 2;

function format(file: string, messages: Message[]): string {
  return messages.map((m) => `  ${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`).join('\n');
}

/** Every relaxation of html-validate:recommended, and why. */
const RELAXED = {
  rules: {
    // Preact's server renderer writes void elements self-closed (<input/>),
    // Astro writes them bare (<meta>); both are valid HTML, and neither
    // renderer can be told to do otherwise.
    'void-style': 'off',
  },
  elements: [
    'html5',
    // Astro emits <style>astro-island,…{display:contents}</style> in <body>,
    // just before the first island; it cannot be moved to <head>. Allowing
    // <style> in flow content lets it through; nothing else is relaxed.
    { style: { flow: true } },
  ],
};

describe('html-validate configuration', () => {
  it('extends the recommended preset and relaxes only what is justified here', () => {
    expect(config.extends).toContain('html-validate:recommended');
    expect(config.rules ?? {}).toEqual(RELAXED.rules);
    expect(config.elements ?? ['html5']).toEqual(RELAXED.elements);
  });

  it('catches invalid markup (the gate is live)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a"></p><p id="a"><div></div></p></body></html>',
      'bad.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('no-dup-id');
  });
});

describe('built pages validate', () => {
  const dist = requireDist();
  const pages = [...indexSite(dist).values()];

  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  for (const page of pages) {
    it(`${page.url} has no html-validate errors`, async () => {
      const file = relative(process.cwd(), page.file);
      const report = await validator.validateString(page.html, file);
      const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === ERROR);
      expect(errors.length, `html-validate errors in ${file}:\n${format(file, errors)}`).toBe(0);
    });
  }
});
