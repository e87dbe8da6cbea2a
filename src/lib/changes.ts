/**
 * The /changes/ collection for pages: entries newest first, and the compact
 * notes the result pages hand to their island (src/quiz/changes.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isoDay } from './facts.ts';
import type { ChangeNote } from '../quiz/changes.ts';

export { CHANGES_PATH, changeHref } from '../quiz/routes.ts';

export type ChangeCollectionEntry = CollectionEntry<'changes'>;

/** Every change, newest first (then highest edition first). */
export async function getChanges(): Promise<ChangeCollectionEntry[]> {
  const entries = await getCollection('changes');
  return entries.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || b.data.edition - a.data.edition || a.id.localeCompare(b.id));
}

/** What a result page's island needs to explain an old link. */
export function changeNotes(entries: readonly ChangeCollectionEntry[]): ChangeNote[] {
  return entries.map((e) => ({ id: e.id, date: isoDay(e.data.date), edition: e.data.edition, title: e.data.title, moves: e.data.moves }));
}

/** The day an edition began: its earliest /changes/ entry. */
export async function editionStart(edition: number): Promise<string | null> {
  const days = (await getChanges()).filter((e) => e.data.edition === edition).map((e) => isoDay(e.data.date));
  return days.sort()[0] ?? null;
}
