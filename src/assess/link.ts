/**
 * The assessment's link as the page reads it at startup:
 * `/assess/?s=<system>&w=<name>~<answer code>&w=…&ft=1`, one `w` per
 * workload in order, `ft=1` when the free tier is applied once for the
 * whole account. Answer codes are kept as they are: reading them needs the
 * quiz's flow and rules, which load only once a workload has answers
 * (codec.ts reads them, with the quiz's own reader). The answer code never
 * contains `~`, so the last `~` separates the two; a name may contain
 * anything (URLSearchParams encodes it).
 *
 * Parsing never throws: whatever is valid is kept, and each thing that was
 * dropped or cut short is noted in plain words.
 */
import { ANSWERS_PARAM } from '../quiz/answers-param.ts';
import { cleanName } from '../records/markdown.ts';

export { ANSWERS_PARAM };
export const WORKLOAD_PARAM = 'w';
/** The system's name, optional. */
export const SYSTEM_PARAM = 's';
/** After the quiz: which workload the answers in `a` belong to. */
export const SLOT_PARAM = 'slot';
/** `1`: the account's free tier is credited once across the workloads (off by default, as on /cost/). */
export const FREE_TIER_PARAM = 'ft';
export const MAX_WORKLOADS = 12;
export const MAX_NAME = 80;
const SEPARATOR = '~';
/** Said when answers come back from the quiz for a workload the link does not hold. */
export const RETURN_NOWHERE = 'The answers from the quiz belong to a workload that is not in this assessment, so they were not added.';

/** One workload as the link holds it. */
export interface Entry {
  readonly name: string;
  /** The quiz's answer code, as in the link; empty when the quiz was not taken. */
  readonly code: string;
}

export interface ParsedLink {
  readonly system: string;
  readonly entries: readonly Entry[];
  readonly freeTierOnce: boolean;
  /** Per workload, what happened to its name (shortened, cleaned, missing); joined with what its answers say (see problemSentences). */
  readonly notes: readonly (readonly string[])[];
  /** About the link as a whole: the system's name, the workload count, answers from the quiz for no workload. */
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** The query string (with `?`) of an assessment. */
export function encodeLink(entries: readonly Entry[], system = '', freeTierOnce = false): string {
  const params = new URLSearchParams();
  if (system) params.set(SYSTEM_PARAM, system);
  for (const e of entries.slice(0, MAX_WORKLOADS)) params.append(WORKLOAD_PARAM, `${e.name}${SEPARATOR}${e.code}`);
  if (freeTierOnce) params.set(FREE_TIER_PARAM, '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function linkHref(entries: readonly Entry[], system = '', freeTierOnce = false): string {
  return `/assess/${encodeLink(entries, system, freeTierOnce)}`;
}

function readEntry(raw: string, index: number): { entry: Entry; notes: string[] } {
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
  return { entry: { name, code }, notes };
}

/**
 * Reads the link, and folds in answers coming back from the quiz (`slot`
 * and `a`): they replace that workload's answer code, or are dropped with a
 * note when the slot is not there.
 */
export function parseLink(search: string): ParsedLink {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { system: '', entries: [], freeTierOnce: false, notes: [], before: ['The link could not be read at all, so the assessment starts empty.'], after: [] };
  }
  const rawSystem = params.get(SYSTEM_PARAM) ?? '';
  const system = cleanName(rawSystem, MAX_NAME);
  const before: string[] = [];
  const after: string[] = [];
  if (system !== rawSystem.replace(/\s+/g, ' ').trim()) before.push('The system’s name was shortened or cleaned of invisible characters.');
  const raws = params.getAll(WORKLOAD_PARAM);
  const read = raws.slice(0, MAX_WORKLOADS).map(readEntry);
  if (raws.length > MAX_WORKLOADS) {
    const n = raws.length - MAX_WORKLOADS;
    after.push(`An assessment holds at most ${MAX_WORKLOADS} workloads; the last ${n === 1 ? 'one was' : `${n} were`} dropped.`);
  }
  let entries = read.map((r) => r.entry);
  const slotRaw = params.get(SLOT_PARAM);
  if (slotRaw !== null) {
    const slot = /^\d{1,2}$/.test(slotRaw) ? Number(slotRaw) : -1;
    if (entries[slot] === undefined) after.push(RETURN_NOWHERE);
    else entries = entries.map((e, i) => (i === slot ? { name: e.name, code: params.get(ANSWERS_PARAM) ?? '' } : e));
  }
  return { system, entries, freeTierOnce: params.get(FREE_TIER_PARAM) === '1', notes: read.map((r) => r.notes), before, after };
}

/**
 * The problems to show: the link's own, then one sentence per workload
 * with everything noted about it (`more[i]`: what reading its answers
 * found), in the link's order.
 */
export function problemSentences(link: ParsedLink, more: readonly (readonly string[])[] = []): string[] {
  const label = (name: string, index: number) => (name ? `“${name}”` : `workload ${index + 1}`);
  const each = link.entries.flatMap((e, i) => {
    const notes = [...(link.notes[i] ?? []), ...(more[i] ?? [])];
    return notes.length > 0 ? [`${label(e.name, i)}: ${notes.join('; ')}.`] : [];
  });
  return [...link.before, ...each, ...link.after];
}
