/**
 * A whole assessment in one link, read with its answers: link.ts parses the
 * link and keeps each workload's answer code as it is; here each code is
 * read with the quiz's own reader (link.ts of the quiz), so an assessment
 * can never understand a code differently from the quiz. This is the part
 * that needs the quiz's flow and rules, so the page loads it only once a
 * workload has answers.
 *
 * Decoding never throws: whatever is valid is kept, and each thing that was
 * dropped or cut short is described in a plain sentence.
 */
import { encodeAnswers } from '../quiz/codec.ts';
import type { OutcomeId } from '../quiz/outcomes.ts';
import type { Answers } from '../quiz/questions.ts';
import { readLink } from '../quiz/link.ts';
import { ANSWERS_PARAM, RETURN_NOWHERE, SLOT_PARAM, encodeLink, parseLink, problemSentences, type Entry } from './link.ts';

export { WORKLOAD_PARAM, SYSTEM_PARAM, SLOT_PARAM, ANSWERS_PARAM, FREE_TIER_PARAM, MAX_WORKLOADS, MAX_NAME } from './link.ts';

export interface Workload {
  readonly name: string;
  /** Answers on the quiz's path; empty when the quiz was not taken. */
  readonly answers: Answers;
  /** Set when the answers finish the quiz. */
  readonly outcome: OutcomeId | null;
}

export interface DecodedAssessment {
  readonly system: string;
  readonly workloads: readonly Workload[];
  readonly freeTierOnce: boolean;
  /** Plain sentences, one per thing that could not be restored. */
  readonly problems: readonly string[];
}

export function workloadFrom(name: string, answers: Answers): Workload {
  const read = readLink(encodeAnswers(answers));
  return { name, answers: read.answers, outcome: read.outcome };
}

/** A workload's answer code as links write it: today's code for the answers on its path ('' without answers). */
export function codeOf(answers: Answers): string {
  return Object.keys(answers).length > 0 ? encodeAnswers(answers) : '';
}

/** The link's form of workloads read with their answers. */
export function entriesOf(workloads: readonly Workload[]): Entry[] {
  return workloads.map((w) => ({ name: w.name, code: codeOf(w.answers) }));
}

/** The query string (with `?`) for a list of workloads. */
export function encodeAssessment(workloads: readonly Workload[], system = '', freeTierOnce = false): string {
  return encodeLink(entriesOf(workloads), system, freeTierOnce);
}

export function assessmentHref(workloads: readonly Workload[], system = '', freeTierOnce = false): string {
  return `/assess/${encodeAssessment(workloads, system, freeTierOnce)}`;
}

/** One workload's answers, and what reading its code found (nothing for a clean code). */
export function readEntry(entry: Entry): { workload: Workload; notes: string[] } {
  if (entry.code === '') return { workload: { name: entry.name, answers: {}, outcome: null }, notes: [] };
  const read = readLink(entry.code);
  const notes: string[] = [];
  if (read.message) notes.push(read.message.replace(/\.$/, ''));
  else if (read.outcome === null && read.asked.length > 0) notes.push('its answers do not finish the quiz yet');
  return { workload: { name: entry.name, answers: read.answers, outcome: read.outcome }, notes };
}

export function decodeAssessment(search: string): DecodedAssessment {
  // Answers coming back from the quiz are folded in by applyReturn.
  const params = new URLSearchParams(search);
  params.delete(SLOT_PARAM);
  params.delete(ANSWERS_PARAM);
  const link = parseLink(params.toString());
  const read = link.entries.map(readEntry);
  return {
    system: link.system,
    workloads: read.map((r) => r.workload),
    freeTierOnce: link.freeTierOnce,
    problems: problemSentences(
      link,
      read.map((r) => r.notes),
    ),
  };
}

/**
 * Folds answers coming back from the quiz (`slot` and `a`) into the list.
 * Returns the list unchanged, with a problem, when the slot is not there.
 */
export function applyReturn(decoded: DecodedAssessment, search: string): DecodedAssessment {
  const params = new URLSearchParams(search);
  const slotRaw = params.get(SLOT_PARAM);
  if (slotRaw === null) return decoded;
  const slot = /^\d{1,2}$/.test(slotRaw) ? Number(slotRaw) : -1;
  const target = decoded.workloads[slot];
  if (target === undefined) {
    return { ...decoded, problems: [...decoded.problems, RETURN_NOWHERE] };
  }
  const read = readLink(params.get(ANSWERS_PARAM));
  const problems = read.message ? [...decoded.problems, `“${target.name}”: ${read.message}`] : decoded.problems;
  const workloads = decoded.workloads.map((w, i) => (i === slot ? { name: w.name, answers: read.answers, outcome: read.outcome } : w));
  return { ...decoded, workloads, problems };
}
