/**
 * Every question of the quiz, in the order it asks them. One file per
 * question holds all of it (src/quiz/question.ts says what a record holds);
 * adding a question means writing its record, and the words of its rules
 * beside it (<id>.words.ts, listed in ../rule-words.ts), and putting it in
 * its place here.
 */
import { goal } from './goal.ts';
import { location } from './location.ts';
import { hardware } from './hardware.ts';
import { arrival } from './arrival.ts';
import { duration } from './duration.ts';
import { workflow } from './workflow.ts';
import { payload } from './payload.ts';
import { state } from './state.ts';
import { downstream } from './downstream.ts';
import { loops } from './loops.ts';
import { traffic } from './traffic.ts';
import { latency } from './latency.ts';
import { portability } from './portability.ts';
import { team } from './team.ts';
import { cloud } from './cloud.ts';
import { effects } from './effects.ts';
import { signals } from './signals.ts';
import { permissions } from './permissions.ts';
import { volume } from './volume.ts';
import { runtime } from './runtime.ts';
import { memory } from './memory.ts';

export const QUESTION_RECORDS = [
  goal,
  location,
  hardware,
  cloud,
  arrival,
  duration,
  workflow,
  payload,
  state,
  downstream,
  effects,
  loops,
  signals,
  permissions,
  traffic,
  volume,
  runtime,
  memory,
  latency,
  portability,
  team,
] as const;

