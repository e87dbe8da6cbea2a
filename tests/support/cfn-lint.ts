/**
 * cfn-lint (AWS's CloudFormation linter, a Python tool) for the guide's
 * template samples: find it, decide whether a missing one skips or fails
 * the tests, and lint several templates in one run (it takes about a second
 * to start, so one run for all samples rather than one each).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The command: CFN_LINT when set (a path), otherwise `cfn-lint` on PATH. */
export function cfnLintCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.CFN_LINT || 'cfn-lint';
}

/** The version line cfn-lint prints, or undefined when it cannot be run. */
export function cfnLintVersion(command = cfnLintCommand()): string | undefined {
  const run = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

/** True when the environment says it is CI (CI set to anything but "", "0" or "false"). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}

/**
 * What the lint tests do: run when cfn-lint is there; otherwise skip on a
 * developer's machine (with one printed line) but fail in CI, where the
 * machine image has it and a skip would hide unlinted templates.
 */
export function cfnLintPolicy(found: boolean, ci: boolean): 'run' | 'skip' | 'fail' {
  if (found) return 'run';
  return ci ? 'fail' : 'skip';
}

export interface LintIssue {
  level: 'Error' | 'Warning' | 'Informational';
  rule: string;
  message: string;
  /** 1-based line in the template. */
  line: number;
}

interface CfnLintJson {
  Filename: string;
  Level: LintIssue['level'];
  Message: string;
  Rule: { Id: string };
  Location: { Start: { LineNumber: number } };
}

/**
 * Lint templates (YAML or JSON text) in one cfn-lint run; the result lists
 * each template's issues in the order given. cfn-lint exits non-zero when it
 * finds something (2 errors, 4 warnings, 8 informational), so only an exit
 * with no JSON on stdout counts as a failure to run.
 */
export function lintTemplates(templates: readonly { text: string; json: boolean }[], command = cfnLintCommand()): LintIssue[][] {
  if (templates.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'cfn-samples-'));
  try {
    const files = templates.map((t, i) => {
      const file = join(dir, `sample-${i}.${t.json ? 'json' : 'yaml'}`);
      writeFileSync(file, t.text);
      return file;
    });
    const run = spawnSync(command, ['--format', 'json', '--', ...files], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    let parsed: CfnLintJson[];
    try {
      parsed = JSON.parse(run.stdout) as CfnLintJson[];
    } catch {
      throw new Error(`cfn-lint did not report (exit ${run.status}): ${run.stderr || run.stdout || run.error?.message}`);
    }
    return files.map((file) =>
      parsed
        .filter((p) => p.Filename === file)
        .map((p) => ({ level: p.Level, rule: p.Rule.Id, message: p.Message, line: p.Location.Start.LineNumber })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
