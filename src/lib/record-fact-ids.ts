/**
 * Which registry facts a decision record cites (framework-free, so a unit
 * test can check every id exists in content/facts/).
 */

/** The limit revisit triggers measure runs against: the longest of the mainstream function platforms. */
export const TIME_LIMIT_FACT = 'aws-lambda-timeout-max';

/** Function limits the quiz's duration question rests on, listed with their checked dates. */
export const RECORD_FACT_IDS = [
  TIME_LIMIT_FACT,
  'azure-functions-timeout-consumption',
  'azure-functions-timeout-flex-consumption',
  'google-cloud-run-functions-timeout-event',
  'google-cloud-run-functions-timeout-http',
] as const;
