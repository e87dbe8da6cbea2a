/**
 * The README's contributor walkthroughs work, in the order the README gives:
 * each is performed on a fresh copy of the project (see tests/support/walkthrough.ts).
 */
import { describe, expect, it } from 'vitest';
import { perform, readmeCommands } from '../support/walkthrough';
import { WALKTHROUGHS } from '../walkthroughs/index';

describe('readmeCommands', () => {
  const readme = '# T\n\n## Adding a thing\n\nProse `npm run dev`.\n\n```sh\nnpm run a -- <x>\n# by hand: edit\n\nnpm test\n```\n\n## Next\n\n```sh\nnpm run b\n```\n';

  it('reads the commands of the section\'s sh block, without comments or prose', () => {
    expect(readmeCommands('Adding a thing', readme)).toEqual(['npm run a -- <x>', 'npm test']);
    expect(readmeCommands('Next', readme)).toEqual(['npm run b']);
  });

  it('says which section or block is missing', () => {
    expect(() => readmeCommands('Nope', readme)).toThrow('README.md has no "## Nope" section');
    expect(() => readmeCommands('Adding a thing', readme.replace(/```sh\nnpm run a[\s\S]*?```/, ''))).toThrow('has no ```sh block');
  });
});

describe('README walkthroughs', () => {
  for (const walkthrough of WALKTHROUGHS) {
    it(`"${walkthrough.section}" lists exactly the commands the walkthrough performs, in order`, () => {
      const performed = walkthrough.steps.flatMap((step) => ('readme' in step && step.readme ? [step.readme] : []));
      expect(readmeCommands(walkthrough.section)).toEqual(performed);
    });

    it(`"${walkthrough.section}" works on a fresh copy`, { timeout: 900_000 }, () => {
      perform(walkthrough, (line) => console.log(line));
    });
  }
});
