// The scripts that must run inline, before anything renders: they live
// here as strings so astro.config.mjs can list their hashes in the Content
// Security Policy and the pages can inline the very same bytes.
import { createHash } from 'node:crypto';

/** Sets the stored theme before first paint (no flash of the wrong theme). */
export const themeScript =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/**
 * On a moved page's stub: forwards at once and keeps the #fragment, which
 * the meta refresh after it (the no-JavaScript path) would drop.
 */
export const movedScript =
  "var c=document.querySelector('link[rel=canonical]');if(c)location.replace(new URL(c.href).pathname+location.hash)";

/**
 * On a result page, before anything below the title paints: marks the page
 * when its address carries answers, so the personal result's place is held
 * (quiz.css) and nothing moves when it appears.
 */
export const resultScript = "if(/[?&]a=/.test(location.search))document.documentElement.dataset.answers=''";

/** @param {string} code @returns {`sha256-${string}`} */
const hash = (code) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(code).digest('base64')}`);

export const themeScriptHash = hash(themeScript);
export const movedScriptHash = hash(movedScript);
export const resultScriptHash = hash(resultScript);
