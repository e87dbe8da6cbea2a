/**
 * Public API of the quiz's decision logic. Framework-free: runs in Node and
 * in the browser; the UI, the result pages and the map page import from here.
 */
export {
  QUESTIONS,
  QUESTION_ORDER,
  isQuestionId,
  isAnswerValue,
  getOption,
  setAnswer,
  type QuestionId,
  type QuestionDef,
  type AnswerOption,
  type AnswerValue,
  type Answers,
} from './questions.ts';
export { questionText, answerLabel, optionText, quizWords, type QuestionText, type OptionText, type QuizWords } from './question-text.ts';
export { SECTION_REFS, ALL_SECTIONS, getSection, isSectionRef, sectionLabel, sectionUrl, type Section, type SectionRef, type GuideLabels } from './sections.ts';
export { OUTCOMES, OUTCOME_ORDER, isOutcomeId, type OutcomeDef, type OutcomeId } from './outcomes.ts';
export { RULES, WARNING_RULES, type Rule, type RuleEffect, type WarningRule } from './rules.ts';
export { evaluate, isRuledOut, concernsOnlyFunctions, type Evaluation, type Confidence, type TraceLine, type Warning, type Caveat } from './evaluate.ts';
export { decide, possibleOutcomes, type Decision, type Change } from './decide.ts';
export { NEEDED, walk, readings, relevantAnswers, nextUnanswered, isOnPath, type Screen, type Walk, type NeededRule, type Reading } from './flow.ts';
export { quizMachine, SCREENS, FINAL_STATES, type QuizMachine, type QuizEvent, type QuizContext } from './machine.ts';
export { initialContext } from './machine.ts';
export {
  encodeAnswers,
  decodeAnswers,
  CODEC_VERSION,
  MAX_ENCODED_LENGTH,
  type DecodeResult,
  type DecodeError,
  type DecodeErrorKind,
} from './codec.ts';
export { replay, restore, type ReplayResult, type RestoreResult, type ReplayOptions, type AnswerPair, type QuizSnapshot } from './replay.ts';
export {
  getQuizGraph,
  getDecisionTree,
  getQuizAdjacency,
  getExploredSnapshots,
  shortestPathTo,
  pairsToAnswers,
  exploreEvents,
  serializeSnapshot,
  type QuizGraph,
  type QuizGraphNode,
  type QuizGraphEdge,
  type DecisionTreeNode,
  type DecisionTreeBranch,
  type ExploredSnapshot,
  type Move,
  type NodeId,
  type NodeKind,
} from './graph.ts';
