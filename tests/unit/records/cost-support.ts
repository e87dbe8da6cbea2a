/**
 * The cost code as the assessment page gets it: the functions the on-demand
 * cost chunk exports (src/components/cost/result-cost.tsx), with the price
 * book built from the real facts registry.
 */
import { assessmentMonthly, costSummary, defaultsFor } from '../../../src/components/cost/result-cost.tsx';
import { costBookOf } from '../../../src/cost/prices.ts';
import type { CostCode } from '../../../src/records/workload-cost.ts';
import { data } from '../cost/support.ts';

export const COST_BOOK = costBookOf(data);
export const COST_CODE: CostCode = { costSummary, assessmentMonthly, defaultsFor };
