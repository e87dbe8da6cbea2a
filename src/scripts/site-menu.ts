/**
 * The phone header's Menu (a <details> in SiteHeader.astro, which works
 * without this script). Adds what the native element lacks: aria-expanded
 * kept in step, Escape to close with focus back on the button, and closing
 * when the reader taps or tabs outside. On wide screens the summary is not
 * rendered and the panel always shows, so all of this stays out of the way.
 */
const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
const button = menu?.querySelector<HTMLElement>('summary');

/** Whether the disclosure is in use (phones), not the always-open wide layout. */
const collapsible = (): boolean => !!button && button.getClientRects().length > 0;

function close(returnFocus: boolean): void {
  if (!menu?.open) return;
  menu.open = false;
  if (returnFocus) button?.focus();
}

if (menu && button) {
  const sync = () => button.setAttribute('aria-expanded', String(menu.open));
  sync();
  menu.addEventListener('toggle', sync);
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open && collapsible()) {
      event.preventDefault();
      close(true);
    }
  });
  document.addEventListener('click', (event) => {
    if (collapsible() && !menu.contains(event.target as Node)) close(false);
  });
  menu.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && collapsible() && !menu.contains(next)) close(false);
  });
}
