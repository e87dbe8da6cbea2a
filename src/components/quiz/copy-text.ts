/** Copies text and says so (or says it failed) through the page's live region. */
import { announce } from '../../scripts/announce';
import { copyText } from '../../scripts/clipboard';

export async function copyAndAnnounce(text: string, done: string): Promise<boolean> {
  const ok = await copyText(text);
  announce(ok ? done : 'Copying failed. Select the text in the address bar instead.');
  return ok;
}
