/**
 * The one loader of the assessment's decision logic (assess-logic.ts): the
 * page starts without it and loads it once a workload has answers (see
 * src/components/lazy/load-chunk.ts for why there is one loader per chunk).
 */
import { lazyChunk } from '../lazy/load-chunk.ts';
import logicUrl from './assess-logic.ts?chunk-url';

export type Logic = typeof import('./assess-logic.ts');

export const loadLogic = lazyChunk(() => import('./assess-logic.ts'), logicUrl);
