/** Speak a short message through the page's polite live region. */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clearing first makes screen readers repeat an identical message.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
