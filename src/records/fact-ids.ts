/**
 * Which registry facts a decision record cites (framework-free, so a unit
 * test can check every id exists in content/facts/).
 */

/** The limit revisit triggers measure runs against: the longest of the mainstream function platforms. */
export const TIME_LIMIT_FACT = 'aws-lambda-timeout-max';

/**
 * Facts a record cites with their checked dates: the one its triggers use.
 * Kept to that one: result pages carry this list as island props, and their
 * first-render budget (14 KB) has no room for more.
 */
export const RECORD_FACT_IDS = [TIME_LIMIT_FACT] as const;
