/**
 * The islands' own copy of src/scripts/announce.ts, kept on purpose: a
 * module the islands share with the site-wide script becomes a chunk of its
 * own, and that script then stops being inlined into every page (two extra
 * requests, one level deep; Lighthouse's simulated LCP rose by up to 0.3 s).
 * tests/unit/budgets.test.ts checks that the site-wide script stays inline.
 */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clearing first makes screen readers repeat an identical message.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
