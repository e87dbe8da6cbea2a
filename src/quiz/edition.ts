/**
 * The quiz's current edition: the version written at the front of every
 * answer code (`3.gc…`). It goes up by one whenever the questions or the
 * rules change what a set of answers means, and every edition after the
 * first has its entries on /changes/ (content/changes/, checked by the
 * tests). A link's edition says which questions existed when it was made;
 * older editions stay readable for ever (codec.ts derives their tables from
 * each question's `since` and `before`).
 */
export const EDITION = 3;
