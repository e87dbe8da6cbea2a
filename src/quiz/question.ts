/**
 * The shape of one quiz question: a single typed record in
 * src/quiz/questions/<id>.ts holds its URL codes, the edition it arrived in
 * and how older links read it, its words, when it is asked, the rules it
 * feeds (with their sentences) and the guide sections it cites. Everything
 * else (the machine's states, the flow, the rule table, the codec's version
 * tables, the map, the section registry, the frontmatter enum) is derived
 * from the list of records in src/quiz/questions/index.ts.
 *
 * Each record is declared with its id and option values as type arguments
 * (`Question<'loops', 'separate' | 'same'>`): that breaks the type cycle
 * between one record and the answer space of all of them, so rule
 * predicates see every other question's answers typed, and a misspelt value
 * is a compile error.
 */
import type { OutcomeId } from './outcome-ids.ts';
import type { SectionRef } from './sections.ts';
import type { FigureUnit, Span } from './figure-buckets.ts';
import type { QUESTION_RECORDS } from './questions/index.ts';

/**
 * What a question's answers can change. `outcome`: the path or the
 * recommendation. `advice`: only caveats and warnings (the flow tests prove
 * an advice question never changes the outcome or which questions are
 * asked), so the decision map can merge its branches.
 */
export type QuestionRole = 'outcome' | 'advice';

/** The "Not sure" answer every question offers; the decision then covers every option (decide.ts). */
export const UNSURE = 'unsure';
/** Edition that added "Not sure"; older links cannot carry it. */
export const UNSURE_SINCE = 2;
/**
 * The answer of a question that a link's edition never asked, when its
 * record says older links read it as `not-asked` (advice questions only).
 * No rule matches it; the flow passes over it; the quiz asks it afresh.
 */
export const NOT_ASKED = 'not-asked';
/** Its code in links, so a result re-shared from an old link keeps saying so. */
export const NOT_ASKED_CODE = '-';

type AnyRecord = (typeof QUESTION_RECORDS)[number];
type ValuesOf<R> = R extends Question<string, infer V> ? V : never;

/** Answers given so far; a question may be absent (not asked yet, or skipped). */
export type Answers = { readonly [R in AnyRecord as R['id']]?: ValuesOf<R> | typeof UNSURE | typeof NOT_ASKED };

export interface OptionDef {
  /** One character used in the URL; unique within its question, never `u` ("Not sure"). Never change or reuse one. */
  readonly code: string;
  /** The answer as the quiz shows it. */
  readonly label: string;
  /** Optional one-line clarification under the label. */
  readonly hint?: string;
  /** Guide sections this answer relates to (the first one backs a trace line with no rule). */
  readonly sections: readonly SectionRef[];
  /** Edition that added this option, when later than its question's. */
  readonly since?: number;
  /** Figure questions only: the range this option stands for, in the question's unit. */
  readonly span?: Span;
}

export type RuleEffect =
  /** Removes outcomes; servers are deliberately not removable, so there is always an answer. */
  | { readonly kind: 'rule-out'; readonly outcomes: readonly Exclude<OutcomeId, 'servers'>[] }
  /** Chooses between managed services and servers once functions are out (first match in asking order wins). */
  | { readonly kind: 'prefer'; readonly outcome: Exclude<OutcomeId, 'serverless'>; readonly boundary: boolean }
  /** A condition attached to an outcome; `label` and `nextStep` say what and what to do. */
  | { readonly kind: 'caveat'; readonly outcome: OutcomeId }
  /** No effect on the result; records how an answer was read. */
  | { readonly kind: 'note' };

export interface RuleDef {
  /** Stable id: records, tests and /changes/ entries name rules by it. */
  readonly id: string;
  readonly when: (answers: Answers) => boolean;
  readonly effect: RuleEffect;
  readonly section: SectionRef;
  /**
   * Notes only: the outcome the note speaks for, so a result lists it under
   * "why" that outcome, under "what speaks against" another, and among the
   * other answers when that outcome is ruled out. Without it a note is neutral.
   */
  readonly favours?: OutcomeId;
}

export interface WarningDef {
  readonly id: string;
  readonly when: (answers: Answers) => boolean;
  /** The antipattern section the warning points at. */
  readonly section: SectionRef;
  /**
   * The antipattern exists only where the work runs as functions: a result
   * that recommends managed services or servers says so beside the warning
   * (concernsOnlyFunctions in evaluate.ts).
   */
  readonly functionsOnly?: true;
}

/** What a rule or warning says, kept beside the record as `<question>Words`. */
export interface RuleWordsEntry {
  /** Rules: one sentence for the trace line of the question's answer. Warnings: the warning's message. */
  readonly says: string;
  /** Caveats only: the label in the headline. */
  readonly label?: string;
  /** Caveats only: what to do about it. */
  readonly nextStep?: string;
}

/**
 * The words of a record's rules and warnings, by id. A separate export of
 * the record's file, so the quiz engine (which needs only the logic) leaves
 * them out of its code while the result pages, records and the map read them.
 */
export type RuleWords = { readonly [ruleOrWarningId: string]: RuleWordsEntry };

/** What an `asked` rule may ask besides the earlier answers. */
export interface AskContext {
  /** Whether the answers so far still leave `outcome` possible (no rule-out fired). */
  readonly open: (outcome: OutcomeId) => boolean;
}

/**
 * How a link made before the question existed reads it: as if it had been
 * answered `assume` (the answer that edition's quiz took for granted, so the
 * link keeps its result; "Not sure" for figures it never asked), or as
 * `not-asked` (advice questions only: the result says it was not asked).
 */
export type Before<V extends string> = { readonly assume: V | typeof UNSURE } | 'not-asked';

export interface Question<Id extends string = string, V extends string = string> {
  readonly id: Id;
  /** One character used in the URL; unique across questions. Never change or reuse one. */
  readonly code: string;
  /** Short title for review lists, the map, link messages and the decision record. */
  readonly title: string;
  readonly role: QuestionRole;
  /**
   * Advice questions only: where, seeing the earlier answers, this answer
   * can change the outcome after all (for example the team's cloud, once
   * the workload needs GPUs). There it counts as an outcome question: "Not
   * sure" branches and the decision map splits; everywhere else it stays
   * advice. The flow tests prove an advice answer changes nothing outside.
   */
  readonly decidesWhen?: (earlier: Answers) => boolean;
  /** Edition (answer-code version) in which the question was added. */
  readonly since: number;
  /** Required when `since` is later than the first edition. */
  readonly before?: Before<NoInfer<V>>;
  /** The question as asked. */
  readonly text: string;
  /** Plain guidance shown on demand. */
  readonly help: string;
  /** Set on questions that ask for one of the workload's own figures, in ranges (figure-buckets.ts). */
  readonly figure?: FigureUnit;
  /** The options, in the order shown ("Not sure" is added to every question). */
  readonly options: { readonly [K in V]: OptionDef };
  /**
   * When it is asked, seeing only answers to earlier questions, and why
   * (shown on the decision map). A question is skipped when no answer to it
   * could change the recommendation or its caveats.
   */
  readonly asked: { readonly when: (earlier: Answers, context: AskContext) => boolean; readonly reason: string };
  readonly rules?: readonly RuleDef[];
  readonly warnings?: readonly WarningDef[];
}

/** Identity with a type check: the record as written. */
export function defineQuestion<Id extends string, V extends string>(record: Question<Id, V>): Question<Id, V> {
  return record;
}
