/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Title of the page being rendered, for "copy as Markdown" labels. */
    pageTitle?: string;
    /** current id → older fragments that must still land on it. */
    headingAliases?: Record<string, string[]>;
  }
}

/**
 * The answer-code reader imported under a second module id (see
 * src/map/trace.ts): same file, same types.
 */
declare module '*/answer-code.ts?map' {
  export const readAnswerCode: typeof import('./quiz/answer-code.ts').readAnswerCode;
}

/** A registry fact's figure only (src/integrations/fact-figures.mjs). */
declare module '*.json?figure' {
  const figure: { readonly value?: number | string; readonly unit?: string; readonly display?: string };
  export default figure;
}

/**
 * The address of the chunk a dynamic import of the same path loads
 * (src/integrations/chunk-url.mjs), for retries under a fresh URL.
 */
declare module '*?chunk-url' {
  const url: string;
  export default url;
}

/** The site path of a module's chunk, emitted on its own (src/integrations/chunk-url.mjs). */
declare module '*?chunk-path' {
  const path: string;
  export default path;
}
