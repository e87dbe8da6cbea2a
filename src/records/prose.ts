/**
 * Sentences the records compose from other sentences ("Good, because …",
 * "…: the answers point at …") must read as prose: a rule's sentence that
 * starts with a capital ("In a public cloud, …") continues in lower case
 * after "because", unless its first word is a name ("Lambda", "AWS").
 */

/**
 * Words that keep their capital inside a sentence: the products and
 * providers the guide's sentences can start with. Words with a capital
 * after their first letter (AWS, GPU, EventBridge) are kept without being
 * listed.
 */
const NAMES = new Set([
  'Amazon',
  'Azure',
  'Cloud',
  'Docker',
  'Fargate',
  'Google',
  'I',
  'Knative',
  'Kubernetes',
  'Lambda',
  'Linux',
  'Microsoft',
  'Nygard',
  'OpenFaaS',
  'PostgreSQL',
  'Powertools',
  'Windows',
]);

/** True when the text starts with a name that keeps its capital mid-sentence. */
export function startsWithName(text: string): boolean {
  const word = /^[\p{L}\p{N}][\p{L}\p{N}’'-]*/u.exec(text.trimStart())?.[0] ?? '';
  if (word === '') return false;
  return NAMES.has(word) || /\p{Lu}/u.test(word.slice(1));
}

/** The text as the continuation of a sentence: its first letter in lower case unless it starts a name. */
export function continuing(text: string): string {
  const trimmed = text.trimStart();
  if (trimmed === '' || startsWithName(trimmed)) return trimmed;
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

/** The text as a sentence of its own: its first letter in upper case. */
export function sentence(text: string): string {
  const trimmed = text.trimStart();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** Without its final full stop, so a clause can follow ("…, because x (y)."). */
export function clause(text: string): string {
  return text.trim().replace(/[.]+$/, '');
}

/** A list in prose: "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
