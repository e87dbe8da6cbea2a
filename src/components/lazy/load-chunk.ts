/**
 * The one way the site loads a chunk on demand, so that "Try again" really
 * asks the server again.
 *
 * A browser keeps a module whose fetch failed in its module map: Chromium
 * 150 and 153, for two, answer a second `import()` of the same URL with the
 * same error and send no request, so a retry that imports the same URL can
 * never succeed until the page is reloaded. Here the first attempt is the
 * plain `import()` (with the bundler's preloading of what the chunk needs),
 * and every later attempt imports the same file under a fresh address,
 * `<chunk>?retry=N`, which the module map has never seen. The query string
 * keeps it same-origin (the CSP allows only 'self') and a static host serves
 * the same file for it. Modules the chunk imports resolve to their usual
 * addresses, so shared code (Preact above all) keeps one instance.
 *
 * That is also the limit of a fresh address: when the connection dropped
 * the chunk's own imports too, their addresses stay failed in the module
 * map, and only a reload clears it. So when a fresh address fails while the
 * server does answer a plain fetch of it, the error says a reload is needed
 * (needsReload), and the caller reloads the page with the reader's state
 * kept (RetryNotice.tsx; QuizStart keeps the pending first answer).
 *
 * A loader made here is the only way its chunk is imported: a part loaded
 * through `?retry=1` must not be imported again under its first address,
 * which would fail again. So each chunk has one loader, shared by every
 * caller (for the cost code: src/components/cost/load-result-cost.ts).
 */

/** Loads one chunk; see lazyChunk(). */
export type ChunkLoader<M> = () => Promise<M>;

/** What a loader rejects with: the import's own error, marked when only a page reload can load the chunk now. */
export type ChunkLoadError = Error & { reloadNeeded?: true };

/** True when the error says only a reload can load the chunk now (see above). */
export function needsReload(error: unknown): boolean {
  return (error as ChunkLoadError | null)?.reloadNeeded === true;
}

/** The address of retry number `attempt` (1, 2, …) of the chunk at `url`. */
export function retryUrl(url: string, attempt: number, base: string = location.href): string {
  const fresh = new URL(url, base);
  fresh.searchParams.set('retry', String(attempt));
  return fresh.href;
}

/** Does the server answer for `url` now? (Only asked after a fresh address failed.) */
async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/**
 * A loader for the chunk that `firstImport` loads and `url` names (from
 * `import url from './Part.tsx?chunk-url'`, src/integrations/chunk-url.mjs).
 * While a load is under way every call shares it; once one succeeds every
 * call gets that module; after a failure the next call tries again under a
 * fresh address. It rejects with the import's error (see ChunkLoadError).
 */
export function lazyChunk<M>(firstImport: () => Promise<M>, url: string): ChunkLoader<M> {
  let pending: Promise<M> | null = null;
  let attempts = 0;
  async function attempt(n: number): Promise<M> {
    if (n === 0) return firstImport();
    const fresh = retryUrl(url, n);
    try {
      // The fresh address is built here at run time, so the bundler leaves this import alone.
      return (await import(/* @vite-ignore */ fresh)) as M;
    } catch (error) {
      if (await answers(fresh)) throw Object.assign(error instanceof Error ? error : new Error(String(error)), { reloadNeeded: true as const });
      throw error;
    }
  }
  return () => {
    pending ??= attempt(attempts++).catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/**
 * Runs `task` once the page is idle (requestIdleCallback, or a timer where
 * the browser has none), and at the latest after `timeout` ms: a chunk the
 * reader will need soon (the quiz engine) loads before the first click
 * without competing with the page's own start-up, and work that can wait
 * (a step's history entry) stays off the frame that answers a click.
 * Returns a function that cancels the wait.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 1);
  return () => clearTimeout(id);
}
