// The inline script that sets the theme before first paint (no flash of the
// wrong theme). It lives here, as a string, so astro.config.mjs can hash it
// for the Content Security Policy and the layout can inline the same bytes.
import { createHash } from 'node:crypto';

export const themeScript =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** @type {`sha256-${string}`} */
export const themeScriptHash = /** @type {`sha256-${string}`} */ (
  `sha256-${createHash('sha256').update(themeScript).digest('base64')}`
);
