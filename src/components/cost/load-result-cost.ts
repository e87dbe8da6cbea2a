/**
 * The one loader of the cost code's chunk (result-cost.tsx), shared by the
 * result page's cost panel, its decision record and /assess/: a chunk that
 * was retried under a fresh address must not be imported under its first
 * one again (src/components/lazy/load-chunk.ts).
 */
import { lazyChunk } from '../lazy/load-chunk.ts';
import resultCostUrl from './result-cost.tsx?chunk-url';

export const loadResultCost = lazyChunk(() => import('./result-cost.tsx'), resultCostUrl);
