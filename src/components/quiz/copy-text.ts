/** Copies text and says so through the page's live region. */
export async function copyAndAnnounce(text: string, done: string): Promise<boolean> {
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    ok = false;
  }
  const region = document.getElementById('announcer');
  if (region) {
    region.textContent = '';
    window.setTimeout(() => {
      region.textContent = ok ? done : 'Copying failed. Select the text in the address bar instead.';
    }, 50);
  }
  return ok;
}
