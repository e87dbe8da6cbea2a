/**
 * Runs a README walkthrough ("Adding an article", …) on a temporary copy of
 * the project, so the documented steps are proven to work in the documented
 * order and cannot rot.
 *
 * A walkthrough is data (tests/walkthroughs/*.ts): the README section it
 * proves, and its steps. A step runs a shell command in the copy, or edits
 * the copy the way a contributor would. Each command step names the line of
 * the section's ```sh block it stands for; the test checks that the block
 * lists exactly those lines in that order.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Not part of a fresh clone: build output, caches, reports, and the dependencies (linked instead). */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', 'reports', 'test-results', 'playwright-report', 'bench/tmp']);

export interface CommandStep {
  /** The line of the README's sh block this step performs, e.g. "npm run new:article -- <slug>". */
  readme?: string;
  /** What runs in the copy (defaults to `readme`). */
  run?: string;
  /** Whether the command must succeed (default) or fail. */
  expect?: 'pass' | 'fail';
  /** Checks on the command's combined output, after the exit status. */
  check?: (output: string, copy: string) => void;
}

export interface EditStep {
  /** What a contributor does by hand at this point, in a few words. */
  edit: string;
  apply: (copy: string) => void;
}

export type Step = CommandStep | EditStep;

export interface Walkthrough {
  /** The README heading (## level) whose sh block this walkthrough performs. */
  section: string;
  steps: Step[];
}

/**
 * The README's `npm test` line, performed as the type check and the given unit
 * test files: the whole suite, browser tests included, would take far longer.
 */
export function npmTestStep(unitTests: readonly string[]): CommandStep {
  return {
    readme: 'npm test',
    run: `npm run check && npx vitest run ${unitTests.join(' ')}`,
    check: (output) => {
      expect(output).toMatch(/0 errors/);
      expect(output).toMatch(new RegExp(`Test Files\\s+${unitTests.length} passed`));
    },
  };
}

/** The non-comment lines of the first ```sh block under `## <section>` in README.md. */
export function readmeCommands(section: string, readme: string = readFileSync(join(ROOT, 'README.md'), 'utf8')): string[] {
  const start = readme.indexOf(`\n## ${section}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${section}" section`);
  const rest = readme.slice(start + section.length + 5);
  const end = rest.search(/\n## /);
  const body = end < 0 ? rest : rest.slice(0, end);
  const block = /```sh\n([\s\S]*?)```/.exec(body)?.[1];
  if (block === undefined) throw new Error(`README.md "## ${section}" has no \`\`\`sh block listing its commands`);
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** A fresh copy of the project (working tree, no build output) whose node_modules links to ours. */
export function copyProject(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'walkthrough-'));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(relative(ROOT, source)),
  });
  // Link each package rather than node_modules itself: Vite and Astro keep caches
  // in node_modules/.vite and node_modules/.astro, which must stay the copy's own.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.vite' || name === '.astro') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The environment a contributor's shell would have: none of the test runner's own variables. */
function contributorEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST' || key.startsWith('npm_')) continue;
    env[key] = value;
  }
  return { ...env, FORCE_COLOR: '0', NO_COLOR: '1', CI: '1' };
}

/** Runs one command in `dir`; returns its exit status and combined output. */
export function runIn(dir: string, command: string, timeoutMs = 480_000): { status: number | null; output: string } {
  // GNU timeout signals the whole process group, so a hung build leaves no stray processes behind.
  const seconds = String(Math.ceil(timeoutMs / 1000));
  const result = spawnSync('timeout', ['--kill-after=10', seconds, 'bash', '-c', `${command} 2>&1`], {
    cwd: dir,
    env: contributorEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const timedOut = result.status === 124 ? `\n(stopped after ${seconds} s)` : '';
  return { status: result.status, output: result.stdout + timedOut + (result.error ? `\n${result.error.message}` : '') };
}

/** Performs every step in a fresh copy; throws naming the step and its output at the first that misbehaves. */
export function perform(walkthrough: Walkthrough, log: (line: string) => void = () => {}): void {
  const copy = copyProject();
  try {
    for (const [index, step] of walkthrough.steps.entries()) {
      const label = `"${walkthrough.section}" step ${index + 1}`;
      if ('edit' in step) {
        log(`${label}: ${step.edit}`);
        step.apply(copy.dir);
        continue;
      }
      const command = step.run ?? step.readme;
      if (!command) throw new Error(`${label} has neither run nor readme`);
      const started = Date.now();
      const { status, output } = runIn(copy.dir, command);
      log(`${label}: ${command} → exit ${status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const wanted = step.expect ?? 'pass';
      if ((status === 0) !== (wanted === 'pass')) {
        throw new Error(`${label}: \`${command}\` should ${wanted} but exited ${status}:\n${output.slice(-4000)}`);
      }
      step.check?.(output, copy.dir);
    }
  } finally {
    copy.remove();
  }
}
