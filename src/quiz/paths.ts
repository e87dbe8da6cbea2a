/**
 * The quiz's public addresses, as plain constants that import nothing, so
 * start-up code (the assessment, the site's scripts) can link them without
 * the quiz's logic. routes.ts builds every other quiz address from these.
 */
export const QUIZ_PATH = '/quiz/';
export const MAP_PATH = '/quiz/map/';
/** What the map's highlight reads (src/pages/quiz/map/data.json.ts). */
export const MAP_DATA_PATH = `${MAP_PATH}data.json`;
/** The dated changelog of what the quiz asks and decides. */
export const CHANGES_PATH = '/changes/';
