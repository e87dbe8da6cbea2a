/**
 * Samples a reader can deploy as they are (issue 22, item 4):
 * - every CloudFormation or AWS SAM block, fragments included, is a whole
 *   template that cfn-lint passes with no error or warning. Without cfn-lint
 *   the lint tests skip with one printed line, except in CI (CI set), where
 *   a missing cfn-lint fails;
 * - every Amazon States Language definition, in a JSON/YAML block or inside
 *   a template's state machine, passes the asl-validator package and follows
 *   the Step Functions retry guidance (tests/support/asl.ts).
 * Each check first proves, on a broken fixture, that it can fail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { aslErrors, retryGuidanceErrors } from '../support/asl';
import { cfnLintCommand, cfnLintPolicy, cfnLintVersion, isCi, lintTemplates, type LintIssue } from '../support/cfn-lint';
import { aslDefinitions, codeBlocks, isCloudFormation, parseBlock, where } from '../support/code-blocks';

const blocks = codeBlocks().map((block) => ({ block, parsed: parseBlock(block) }));
const templates = blocks.filter((b) => isCloudFormation(b.parsed.value));
const machines = blocks.flatMap((b) => aslDefinitions(b.parsed.value).map((d) => ({ ...b, ...d })));

const policy = cfnLintPolicy(cfnLintVersion() !== undefined, isCi());
if (policy === 'skip') {
  console.log(`cfn-lint not found (${cfnLintCommand()}): ${templates.length} CloudFormation samples not linted (pip install cfn-lint, or set CFN_LINT; CI requires it)`);
}

/** Lints clean: the smallest complete SAM template. */
const GOOD_TEMPLATE = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Transform: AWS::Serverless-2016-10-31',
  'Resources:',
  '  Fn:',
  '    Type: AWS::Serverless::Function',
  '    Properties: { CodeUri: src/, Handler: app.handler, Runtime: nodejs22.x }',
  '',
].join('\n');
/** What the samples used to be: resources without a template around them. */
const FRAGMENT = 'Queue:\n  Type: AWS::SQS::Queue\n  Properties:\n    VisibilityTimeout: 180\n';
/** A whole template with a value SQS refuses (the visibility timeout's maximum is 12 hours). */
const OUT_OF_RANGE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 99999999\n';

const failing = (issues: readonly LintIssue[]) => issues.filter((i) => i.level !== 'Informational');

describe('cfn-lint availability', () => {
  it('runs when installed, skips without it locally, and fails without it in CI', () => {
    expect(cfnLintPolicy(true, false)).toBe('run');
    expect(cfnLintPolicy(true, true)).toBe('run');
    expect(cfnLintPolicy(false, false)).toBe('skip');
    expect(cfnLintPolicy(false, true)).toBe('fail');
    expect([isCi({ CI: 'true' }), isCi({ CI: '1' }), isCi({}), isCi({ CI: '' }), isCi({ CI: 'false' })]).toEqual([true, true, false, false, false]);
    expect(cfnLintVersion('/nonexistent/cfn-lint')).toBeUndefined();
  });

  if (policy === 'fail') {
    it('cfn-lint is installed (CI lints every template sample)', () => {
      expect.fail(`cfn-lint not found (${cfnLintCommand()}): CI requires it to lint ${templates.length} CloudFormation samples`);
    });
  }
});

describe('CloudFormation and AWS SAM samples', () => {
  it('recognises templates and fragments, and nothing else', () => {
    expect(isCloudFormation(parseBlock({ lang: 'yaml', code: GOOD_TEMPLATE }).value)).toBe(true);
    expect(isCloudFormation(parseBlock({ lang: 'yaml', code: FRAGMENT }).value)).toBe(true);
    expect(isCloudFormation(parseBlock({ lang: 'json', code: '{"Resources": {}}' }).value)).toBe(true);
    expect(isCloudFormation(parseBlock({ lang: 'yaml', code: 'apiVersion: v1\nkind: Service\nmetadata: { name: x }\n' }).value)).toBe(false);
    expect(templates.length, 'the guide has at least five template samples').toBeGreaterThanOrEqual(5);
  });

  describe.skipIf(policy !== 'run')('cfn-lint', () => {
    let fixtures: LintIssue[][] = [];
    let samples: LintIssue[][] = [];
    beforeAll(() => {
      const fixtureInputs = [GOOD_TEMPLATE, FRAGMENT, OUT_OF_RANGE].map((text) => ({ text, json: false }));
      const all = lintTemplates([...fixtureInputs, ...templates.map((t) => ({ text: t.block.code, json: t.block.lang === 'json' }))]);
      fixtures = all.slice(0, 3);
      samples = all.slice(3);
    }, 120_000);

    it('passes a whole template and fails a fragment and an out-of-range value', () => {
      expect(failing(fixtures[0]!)).toEqual([]);
      expect(fixtures[1]!.map((i) => `${i.level} ${i.rule}`)).toContain('Error E1001');
      expect(fixtures[2]!.map((i) => `${i.level} ${i.rule} line ${i.line}`)).toContain('Error E3034 line 6');
    });

    templates.forEach((t, i) => {
      it(`${where(t.block)} is a whole template that cfn-lint passes`, () => {
        // The fence is on t.block.line, so template line n is page line t.block.line + n.
        const issues = failing(samples[i] ?? []).map((x) => `${t.block.file}:${t.block.line + x.line}: ${x.level} ${x.rule} ${x.message}`);
        expect(issues).toEqual([]);
      });
    });
  });
});

/** Follows the guidance: a Lambda task retrying Lambda's transient errors with backoff and jitter. */
const GOOD_MACHINE = {
  StartAt: 'Work',
  States: {
    Work: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'work', 'Payload.$': '$' },
      Retry: [{ ErrorEquals: ['Lambda.ClientExecutionTimeoutException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException'], IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2, JitterStrategy: 'FULL' }],
      End: true,
    },
  },
};

describe('state machine samples', () => {
  it('finds definitions in blocks and inside templates', () => {
    expect(aslDefinitions(GOOD_MACHINE).map((d) => d.path)).toEqual(['']);
    const template = parseBlock({
      lang: 'yaml',
      code: [
        'Resources:',
        '  A: { Type: AWS::Serverless::StateMachine, Properties: { Definition: { StartAt: S, States: { S: { Type: Succeed } } } } }',
        '  B:',
        '    Type: AWS::StepFunctions::StateMachine',
        '    Properties:',
        '      RoleArn: !GetAtt Role.Arn',
        '      DefinitionString: !Sub \'{"StartAt": "S", "States": {"S": {"Type": "Task", "Resource": "${Fn}", "End": true}}}\'',
        '',
      ].join('\n'),
    }).value;
    expect(aslDefinitions(template).map((d) => d.path)).toEqual(['Resources.A.Definition', 'Resources.B.DefinitionString']);
    expect(machines.length, 'the guide has at least one state machine sample').toBeGreaterThanOrEqual(1);
  });

  it('asl-validator and the retry check fail broken definitions', () => {
    expect(aslErrors(GOOD_MACHINE)).toEqual([]);
    expect(retryGuidanceErrors(GOOD_MACHINE)).toEqual([]);
    const dangling = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } };
    expect(aslErrors(dangling).join('\n')).toMatch(/Nowhere/);
    const noRetry = structuredClone(GOOD_MACHINE) as { States: { Work: Record<string, unknown> } };
    delete noRetry.States.Work.Retry;
    expect(aslErrors(noRetry)).toEqual([]); // valid ASL, so only the guidance check can catch it
    expect(retryGuidanceErrors(noRetry)).toEqual(['Work: invokes Lambda without a retrier for Lambda.ClientExecutionTimeoutException, Lambda.ServiceException, Lambda.AWSLambdaException, Lambda.SdkClientException']);
    const flat = structuredClone(GOOD_MACHINE);
    flat.States.Work.Retry = [{ ErrorEquals: ['States.ALL'] } as never];
    expect(retryGuidanceErrors(flat)).toEqual([
      'Work: Retry[0] leaves MaxAttempts to the default; state how many attempts',
      'Work: Retry[0] needs a BackoffRate above 1, so intervals grow',
      'Work: Retry[0] needs "JitterStrategy": "FULL"',
    ]);
    const nested = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [noRetry], End: true } } };
    expect(retryGuidanceErrors(nested)).toEqual([expect.stringMatching(/^P\.Branches\[0\]\.Work: invokes Lambda without a retrier/)]);
  });

  for (const m of machines) {
    it(`${where(m.block)}${m.path ? ` ${m.path}` : ''} passes asl-validator and retries as Step Functions advises`, () => {
      expect('unreadable' in m.definition ? [m.definition.unreadable] : []).toEqual([]);
      if ('unreadable' in m.definition) return;
      expect(aslErrors(m.definition)).toEqual([]);
      expect(retryGuidanceErrors(m.definition)).toEqual([]);
    });
  }
});
