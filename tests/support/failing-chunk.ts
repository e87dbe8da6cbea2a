/**
 * A chunk of the built site that fails to load, as it does when a
 * connection drops: requests for /_astro/<name>.<hash>.js (under any query
 * string) are aborted, the first `times` of them or all until restore(),
 * and served after that. Each request's full URL is recorded, so a test can
 * tell a real new request from a retry the browser answered from its module
 * map, which sends none.
 */
import type { Page } from '@playwright/test';

export interface FailingChunk {
  /** Every request the module loader made for the chunk (import, modulepreload), in order, with its query string. */
  readonly requests: string[];
  /** Every fetch() of it: load-chunk.ts asks whether the server answers after a fresh address failed. */
  readonly probes: string[];
  /** The connection is back: every later request is served. */
  restore(): void;
}

export interface FailOptions {
  /** How many requests fail (default 1); Infinity: every one until restore(). */
  times?: number;
  /** Failing requests wait for this before they fail (to fail a load the page shares between two callers). */
  hold?: Promise<void>;
}

export async function failChunk(page: Page, name: string, { times = 1, hold }: FailOptions = {}): Promise<FailingChunk> {
  const path = new RegExp(`^/_astro/${name}\\.[A-Za-z0-9_-]+\\.js$`);
  const chunk = { requests: [] as string[], probes: [] as string[], restored: false, failed: 0 };
  await page.route(
    (url) => path.test(url.pathname),
    async (route) => {
      const request = route.request();
      (request.resourceType() === 'fetch' ? chunk.probes : chunk.requests).push(request.url());
      if (chunk.restored || chunk.failed >= times) return route.continue();
      chunk.failed++;
      await hold;
      return route.abort('internetdisconnected');
    },
  );
  return {
    requests: chunk.requests,
    probes: chunk.probes,
    restore: () => void (chunk.restored = true),
  };
}

/** The query strings of the module requests ('' for the plain address). */
export const queries = (chunk: FailingChunk): string[] => chunk.requests.map((url) => new URL(url).search);
