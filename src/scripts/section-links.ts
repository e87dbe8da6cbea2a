/**
 * Copy controls next to every h2/h3 (AnchorHeading.astro): a small menu
 * offering the plain URL or a Markdown link "[Page — Section](url#id)".
 * The buttons are rendered hidden so pages without JavaScript show only the
 * plain anchor links. The address is the page's canonical URL with the
 * heading's id, the label the page's title (og:title) and the heading's
 * text, read here rather than written into every button.
 */
import { announce } from './announce';
import { copyText } from './clipboard';

const menu = document.getElementById('copy-menu');
const page = document.querySelector<HTMLMetaElement>('meta[property="og:title"]')?.content ?? '';
const base = (document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href).split('#')[0];
let opener: HTMLButtonElement | null = null;

function closeMenu(returnFocus: boolean): void {
  if (!menu || !opener) return;
  menu.hidden = true;
  opener.setAttribute('aria-expanded', 'false');
  if (returnFocus) opener.focus();
  opener = null;
}

function openMenu(button: HTMLButtonElement): void {
  if (!menu) return;
  if (opener === button) return closeMenu(true);
  closeMenu(false);
  opener = button;
  button.setAttribute('aria-expanded', 'true');
  button.after(menu);
  menu.hidden = false;
  menu.querySelector<HTMLButtonElement>('button')?.focus();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-section]')) {
  button.hidden = false;
  button.addEventListener('click', () => openMenu(button));
}

menu?.addEventListener('click', async (event) => {
  const choice = (event.target as Element).closest<HTMLButtonElement>('button[data-format]');
  // The heading the button follows, in the same wrapper.
  const heading = opener?.parentElement?.querySelector<HTMLElement>(':scope > [id]:not(.alias-target)');
  if (!choice || !opener || !heading) return;
  const url = `${base}#${heading.id}`;
  const title = (heading.textContent ?? '').trim();
  const markdown = choice.dataset.format === 'markdown';
  const ok = await copyText(markdown ? `[${page ? `${page} — ${title}` : title}](${url})` : url);
  closeMenu(true);
  announce(ok ? (markdown ? 'Markdown link copied' : 'Link copied') : 'Copying failed; use the # link instead');
});

menu?.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeMenu(true);
});
document.addEventListener('click', (event) => {
  if (opener && !(event.target as Element).closest('#copy-menu, [data-copy-section]')) closeMenu(false);
});
