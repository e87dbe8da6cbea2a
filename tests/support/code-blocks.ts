/**
 * The fenced code blocks of the guide's MDX pages, and what kind of
 * document each one is: a CloudFormation/SAM template (or a fragment of
 * one), an Amazon States Language definition, or neither. Shared by the
 * parse test (code-blocks.test.ts) and the lint test
 * (code-samples-deploy.test.ts), so both see the same blocks.
 */
import { parseAllDocuments, type Tags } from 'yaml';
import { lineOf, mdxFiles } from './content-files';

export interface Block {
  /** Path from the repository root. */
  file: string;
  /** Line of the opening fence. */
  line: number;
  lang: string;
  code: string;
  /** The paragraph just before the block (where a JSON block names its document). */
  before: string;
}

/** Blocks fenced at the start of a line, as the MDX pages write them. */
export function blocksIn(file: string, text: string): Block[] {
  const out: Block[] = [];
  for (const m of text.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```\s*$/gm)) {
    const before = text.slice(0, m.index).trimEnd().split('\n\n').pop() ?? '';
    out.push({ file, line: lineOf(text, m.index!), lang: m[1]!.toLowerCase(), code: m[2]!, before });
  }
  return out;
}

export function codeBlocks(): Block[] {
  return mdxFiles().flatMap((f) => blocksIn(f.path, f.text));
}

/** "content/x.mdx:12 (yaml)": how a test names a block. */
export function where(block: Block): string {
  return `${block.file}:${block.line} (${block.lang || 'no language'})`;
}

/**
 * CloudFormation's short-form intrinsic functions, so templates parse as the
 * tools read them. Each tag keeps its argument, wrapped the way the long form
 * writes it (`!Sub x` becomes `{ "Fn::Sub": x }`), so nothing downstream
 * mistakes an intrinsic for a literal.
 */
const INTRINSICS = ['Ref', 'GetAtt', 'Sub', 'Join', 'If', 'Equals', 'Not', 'And', 'Or', 'Select', 'Split', 'FindInMap', 'ImportValue', 'GetAZs', 'Base64', 'Cidr', 'Condition', 'Transform', 'ToJsonString', 'Length'];
export const CFN_TAGS: Tags = INTRINSICS.flatMap((name) => {
  const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
  return (['scalar', 'seq', 'map'] as const).map(
    (kind) => ({ tag: `!${name}`, ...(kind === 'scalar' ? {} : { collection: kind }), resolve: (v: unknown) => ({ [key]: v }) }) as never,
  );
});

export interface Parsed {
  /** The parsed document (the first, for YAML with several). */
  value: unknown;
  errors: string[];
}

/** Parse a YAML or JSON block; other languages give `value: undefined`. */
export function parseBlock(block: Pick<Block, 'lang' | 'code'>): Parsed {
  if (block.lang === 'json') {
    try {
      return { value: JSON.parse(block.code), errors: [] };
    } catch (error) {
      return { value: undefined, errors: [(error as Error).message] };
    }
  }
  if (block.lang === 'yaml' || block.lang === 'yml') {
    const docs = parseAllDocuments(block.code, { customTags: CFN_TAGS, strict: true });
    const list = Array.isArray(docs) ? docs : [docs];
    const errors = list.flatMap((doc) => [...doc.errors, ...doc.warnings].map((e) => e.message));
    return { value: errors.length === 0 ? list[0]?.toJS() : undefined, errors };
  }
  return { value: undefined, errors: [] };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A resource type as CloudFormation writes it: AWS::Service::Thing, Alexa::…, Custom::…. */
const RESOURCE_TYPE = /^(AWS|Alexa|Custom)::[A-Za-z0-9]+(::[A-Za-z0-9]+)?$/;

/**
 * True for a whole template (a top-level AWSTemplateFormatVersion,
 * Transform or Resources) and for a fragment of one (a top-level key whose
 * value declares a resource `Type`), so a fragment is linted, and fails,
 * instead of slipping past as "some YAML".
 */
export function isCloudFormation(doc: unknown): boolean {
  if (!isRecord(doc)) return false;
  if ('AWSTemplateFormatVersion' in doc || 'Transform' in doc || 'Resources' in doc) return true;
  return Object.values(doc).some((v) => isRecord(v) && typeof v.Type === 'string' && RESOURCE_TYPE.test(v.Type));
}

/** A state machine definition: top-level StartAt and States. */
export function isStateMachine(doc: unknown): doc is Record<string, unknown> {
  return isRecord(doc) && typeof doc.StartAt === 'string' && isRecord(doc.States);
}

export interface AslDefinition {
  /** Where in the block: "" for the block itself, or the template resource's name. */
  path: string;
  /** The definition, or the reason it could not be read. */
  definition: Record<string, unknown> | { unreadable: string };
}

const STATE_MACHINE_TYPES = new Set(['AWS::StepFunctions::StateMachine', 'AWS::Serverless::StateMachine']);

/**
 * Every state machine definition in a parsed block: the block itself when it
 * is one, and each Step Functions resource of a template (its `Definition`
 * object, or a `DefinitionString` that is plain JSON or a `Fn::Sub` over JSON
 * whose `${…}` placeholders sit inside strings). A definition held elsewhere
 * (DefinitionUri, DefinitionS3Location) is not in the guide's text, so there
 * is nothing to read.
 */
export function aslDefinitions(doc: unknown): AslDefinition[] {
  if (isStateMachine(doc)) return [{ path: '', definition: doc }];
  if (!isRecord(doc) || !isRecord(doc.Resources)) return [];
  const out: AslDefinition[] = [];
  for (const [name, resource] of Object.entries(doc.Resources)) {
    if (!isRecord(resource) || typeof resource.Type !== 'string' || !STATE_MACHINE_TYPES.has(resource.Type)) continue;
    const props = isRecord(resource.Properties) ? resource.Properties : {};
    const path = `Resources.${name}`;
    if (isRecord(props.Definition)) out.push({ path: `${path}.Definition`, definition: props.Definition });
    else if (props.DefinitionString !== undefined) out.push({ path: `${path}.DefinitionString`, definition: definitionFromString(props.DefinitionString) });
  }
  return out;
}

function definitionFromString(value: unknown): AslDefinition['definition'] {
  const sub = isRecord(value) ? value['Fn::Sub'] : undefined;
  const text = typeof value === 'string' ? value : typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (text === undefined) return { unreadable: 'DefinitionString is neither a string nor Fn::Sub over a string' };
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : { unreadable: 'DefinitionString is not a JSON object' };
  } catch (error) {
    return { unreadable: `DefinitionString is not JSON: ${(error as Error).message}` };
  }
}
