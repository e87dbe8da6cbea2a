/**
 * The quiz's public addresses, as plain constants that import nothing, so
 * start-up code (the assessment, the site's scripts) can link them without
 * the quiz's logic. routes.ts builds every other quiz address from these.
 */
export const QUIZ_PATH = '/quiz/';
export const MAP_PATH = '/quiz/map/';
/** The dated changelog of what the quiz asks and decides. */
export const CHANGES_PATH = '/changes/';
