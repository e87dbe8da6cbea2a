/**
 * Copy controls next to every h2/h3: a small menu offering the plain URL or
 * a Markdown link "[Page — Section](url#id)". The buttons are rendered
 * hidden so pages without JavaScript show only the plain anchor links.
 */
import { announce } from './announce';
import { copyText } from './clipboard';

const menu = document.getElementById('copy-menu');
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
  if (!choice || !opener) return;
  const url = opener.dataset.url ?? '';
  const label = opener.dataset.label ?? '';
  const markdown = choice.dataset.format === 'markdown';
  const text = markdown ? `[${label}](${url})` : url;
  const ok = await copyText(text);
  closeMenu(true);
  announce(ok ? (markdown ? 'Markdown link copied' : 'Link copied') : 'Copying failed; use the # link instead');
});

menu?.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeMenu(true);
});
document.addEventListener('click', (event) => {
  if (opener && !(event.target as Element).closest('#copy-menu, [data-copy-section]')) closeMenu(false);
});
