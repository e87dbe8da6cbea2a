/**
 * Decision records: MADR 4.0 and Nygard/adr-tools Markdown from a neutral
 * input (types.ts), file names tools accept, and the combined record of an
 * assessment. Framework-free; the quiz adapter lives in from-quiz.ts.
 */
export * from './types.ts';
export { toMadr } from './madr.ts';
export { toNygard } from './nygard.ts';
export { toAssessmentMadr, type AssessmentInput, type AssessedWorkload } from './assessment.ts';
export { overallPicture, assessmentTitle } from './overall.ts';
export { recordFileName, recordNumber, slugify, FALLBACK_SLUG, MAX_SLUG } from './file-name.ts';
export { recordTitle, optionName } from './title.ts';
export { revisitTriggers, NEAR_LIMIT_SHARE } from './triggers.ts';
export { cleanName, inline, href } from './markdown.ts';

export type RecordFormat = 'madr' | 'nygard';
export { CONFIDENCE_LABELS } from './labels.ts';
export { hostingSentence, warningClause } from './reasons.ts';
export { continuing, startsWithName } from './prose.ts';
