/**
 * The theme toggle. The inline head script has already applied a stored
 * choice; this only wires the button and stores new choices.
 */
const root = document.documentElement;
const dark = window.matchMedia('(prefers-color-scheme: dark)');

function effectiveTheme(): 'light' | 'dark' {
  const chosen = root.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return dark.matches ? 'dark' : 'light';
}

function render(button: HTMLButtonElement): void {
  const isDark = effectiveTheme() === 'dark';
  button.setAttribute('aria-pressed', String(isDark));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  render(button);
  button.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage can be disabled; the choice then lasts for this page only.
    }
    render(button);
  });
  dark.addEventListener('change', () => render(button));
}
