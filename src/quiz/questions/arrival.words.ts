/** The words of the arrival question's rules and warnings (arrival.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const arrivalWords: RuleWords = {
  'continuous-work': {
    says: 'A process that never stops does not fit invocations that end: even plans without a time cap stop work when they scale in or update, so an always-on managed container fits it better.',
  },
  'trigger-per-event': {
    says: 'Functions fit if each item triggers its own invocation; keep a timer only for work that is genuinely periodic.',
    label: 'trigger per event',
    nextStep: 'Replace the timer with a trigger per item (a queue message, an upload, a change event) unless the work is genuinely periodic; a genuine bulk job belongs on a batch service.',
  },
  'per-event': {
    says: 'Work that starts with each event, carrying its own data, is what functions are built for.',
  },
  'stream-batches': {
    says: 'The platform reads the stream and hands functions one batch per shard or partition at a time, so order holds within a shard and one bad record can hold the rest back.',
  },
  'stream-semantics': {
    says: 'A stream keeps order per shard: one record that keeps failing stops everything behind it, and checkpoints, batch windows and per-shard concurrency decide what is processed twice or not at all.',
  },
  'batch-on-a-timer': {
    says: 'Functions that wake on a schedule to work through what piled up meanwhile wait for the clock instead of the event, and each run grows with the backlog.',
  },
};
