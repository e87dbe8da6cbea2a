/**
 * What each rule and warning says, by id, gathered from the words file
 * beside each question record (src/quiz/questions/<id>.words.ts). Only what shows a result imports this module
 * (evaluate.ts and the pages), so the quiz engine's code stays without them.
 */
import type { RuleWords, RuleWordsEntry } from './question.ts';
import { goalWords } from './questions/goal.words.ts';
import { locationWords } from './questions/location.words.ts';
import { hardwareWords } from './questions/hardware.words.ts';
import { arrivalWords } from './questions/arrival.words.ts';
import { durationWords } from './questions/duration.words.ts';
import { workflowWords } from './questions/workflow.words.ts';
import { payloadWords } from './questions/payload.words.ts';
import { stateWords } from './questions/state.words.ts';
import { downstreamWords } from './questions/downstream.words.ts';
import { loopsWords } from './questions/loops.words.ts';
import { trafficWords } from './questions/traffic.words.ts';
import { latencyWords } from './questions/latency.words.ts';
import { portabilityWords } from './questions/portability.words.ts';
import { teamWords } from './questions/team.words.ts';
import { cloudWords } from './questions/cloud.words.ts';
import { effectsWords } from './questions/effects.words.ts';
import { signalsWords } from './questions/signals.words.ts';
import { permissionsWords } from './questions/permissions.words.ts';
import { volumeWords } from './questions/volume.words.ts';
import { runtimeWords } from './questions/runtime.words.ts';
import { memoryWords } from './questions/memory.words.ts';

const WORDS: RuleWords = Object.assign(
  {},
  goalWords,
  locationWords,
  hardwareWords,
  arrivalWords,
  durationWords,
  workflowWords,
  payloadWords,
  stateWords,
  downstreamWords,
  loopsWords,
  trafficWords,
  latencyWords,
  portabilityWords,
  teamWords,
  cloudWords,
  effectsWords,
  signalsWords,
  permissionsWords,
  volumeWords,
  runtimeWords,
  memoryWords,
);

/** The words of a rule or warning; undefined for an id no record's words hold (a unit test forbids that). */
export function wordsOf(id: string): RuleWordsEntry | undefined {
  return Object.hasOwn(WORDS, id) ? WORDS[id] : undefined;
}

/** Every id that has words (for the test that none is orphaned). */
export const WORDED_IDS: readonly string[] = Object.keys(WORDS);
