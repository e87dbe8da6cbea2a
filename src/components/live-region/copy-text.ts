/**
 * Copies text and says so (or says it failed) through the page's live region.
 * Self-contained for the reason given in ./announce.ts.
 */
import { announce } from './announce.ts';

export async function copyAndAnnounce(text: string, done: string): Promise<boolean> {
  // Wrapped so a missing clipboard API (insecure origin) also counts as a failure.
  const ok = await Promise.resolve()
    .then(() => navigator.clipboard.writeText(text))
    .then(
      () => true,
      () => false,
    );
  announce(ok ? done : 'Copying failed. Select the text in the address bar instead.');
  return ok;
}
