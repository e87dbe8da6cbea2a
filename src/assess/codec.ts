/**
 * A whole assessment in one link: `/assess/?w=<name>~<answers>&w=…`, one
 * `w` per workload in order. `<answers>` is the quiz's own answer code
 * (codec.ts) and is read with the quiz's own reader (link.ts), so an
 * assessment can never understand a code differently from the quiz. The
 * answer code never contains `~`, so the last `~` separates the two; a name
 * may contain anything (URLSearchParams encodes it).
 *
 * Decoding never throws: whatever is valid is kept, and each thing that was
 * dropped or cut short is described in a plain sentence.
 */
import { encodeAnswers } from '../quiz/codec.ts';
import type { OutcomeId } from '../quiz/outcomes.ts';
import type { Answers } from '../quiz/questions.ts';
import { readLink } from '../quiz/link.ts';
import { ANSWERS_PARAM } from '../quiz/answers-param.ts';
import { cleanName } from '../records/markdown.ts';

export const WORKLOAD_PARAM = 'w';
/** The system's name, optional. */
export const SYSTEM_PARAM = 's';
/** After the quiz: which workload the answers in `a` belong to. */
export const SLOT_PARAM = 'slot';
export const MAX_WORKLOADS = 12;
export const MAX_NAME = 80;
const SEPARATOR = '~';

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
  /** Plain sentences, one per thing that could not be restored. */
  readonly problems: readonly string[];
}

export function workloadFrom(name: string, answers: Answers): Workload {
  const read = readLink(encodeAnswers(answers));
  return { name, answers: read.answers, outcome: read.outcome };
}

function hasAnswers(w: Workload): boolean {
  return Object.keys(w.answers).length > 0;
}

/** The query string (with `?`) for a list of workloads. */
export function encodeAssessment(workloads: readonly Workload[], system = ''): string {
  const params = new URLSearchParams();
  if (system) params.set(SYSTEM_PARAM, system);
  for (const w of workloads.slice(0, MAX_WORKLOADS)) {
    params.append(WORKLOAD_PARAM, `${w.name}${SEPARATOR}${hasAnswers(w) ? encodeAnswers(w.answers) : ''}`);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function assessmentHref(workloads: readonly Workload[], system = ''): string {
  return `/assess/${encodeAssessment(workloads, system)}`;
}

function label(name: string, index: number): string {
  return name ? `“${name}”` : `workload ${index + 1}`;
}

/** Reads one `w` value; never throws. */
function decodeOne(raw: string, index: number): { workload: Workload; problem: string | null } {
  const cut = raw.lastIndexOf(SEPARATOR);
  const rawName = cut < 0 ? raw : raw.slice(0, cut);
  const code = cut < 0 ? '' : raw.slice(cut + 1);
  let name = cleanName(rawName, MAX_NAME);
  const notes: string[] = [];
  if (name !== rawName.replace(/\s+/g, ' ').trim()) notes.push('its name was shortened or cleaned of invisible characters');
  if (!name) {
    name = `Workload ${index + 1}`;
    notes.push('it had no name, so it is called “' + name + '”');
  }
  if (code === '') return { workload: { name, answers: {}, outcome: null }, problem: notes.length ? `${label(name, index)}: ${notes.join('; ')}.` : null };
  const read = readLink(code);
  if (read.message) notes.push(read.message.replace(/\.$/, ''));
  else if (read.outcome === null && read.asked.length > 0) notes.push('its answers do not finish the quiz yet');
  return {
    workload: { name, answers: read.answers, outcome: read.outcome },
    problem: notes.length ? `${label(name, index)}: ${notes.join('; ')}.` : null,
  };
}

export function decodeAssessment(search: string): DecodedAssessment {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { system: '', workloads: [], problems: ['The link could not be read at all, so the assessment starts empty.'] };
  }
  const rawSystem = params.get(SYSTEM_PARAM) ?? '';
  const system = cleanName(rawSystem, MAX_NAME);
  const raws = params.getAll(WORKLOAD_PARAM);
  const problems: string[] = [];
  if (system !== rawSystem.replace(/\s+/g, ' ').trim()) problems.push('The system’s name was shortened or cleaned of invisible characters.');
  const workloads: Workload[] = [];
  for (const [i, raw] of raws.slice(0, MAX_WORKLOADS).entries()) {
    const { workload, problem } = decodeOne(raw, i);
    workloads.push(workload);
    if (problem) problems.push(problem);
  }
  if (raws.length > MAX_WORKLOADS) {
    const n = raws.length - MAX_WORKLOADS;
    problems.push(`An assessment holds at most ${MAX_WORKLOADS} workloads; the last ${n === 1 ? 'one was' : `${n} were`} dropped.`);
  }
  return { system, workloads, problems };
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
    return { ...decoded, problems: [...decoded.problems, 'The answers from the quiz belong to a workload that is not in this assessment, so they were not added.'] };
  }
  const read = readLink(params.get(ANSWERS_PARAM));
  const problems = read.message ? [...decoded.problems, `“${target.name}”: ${read.message}`] : decoded.problems;
  const workloads = decoded.workloads.map((w, i) => (i === slot ? { name: w.name, answers: read.answers, outcome: read.outcome } : w));
  return { ...decoded, workloads, problems };
}
