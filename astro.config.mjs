// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { movedScriptHash, resultScriptHash, themeScriptHash } from './src/theme/inline-scripts.mjs';
import pruneCspHashes from './src/integrations/prune-csp-hashes.mjs';
import { movedPaths } from './src/integrations/moved-pages.mjs';
import { pinnedHeadingIds } from './src/integrations/pinned-heading-ids.mjs';
import { factFigures } from './src/integrations/fact-figures.mjs';
import { chunkUrl } from './src/integrations/chunk-url.mjs';

/**
 * The public base URL, in one place. Canonical links, OpenGraph URLs, the
 * sitemap and the "copy link" buttons all derive from it.
 */
const SITE_URL = process.env.SITE_URL ?? 'https://really-serverless.example.org';

/** Redirect stubs for moved pages: served, but not listed in the sitemap. */
const MOVED = movedPaths(new URL('./content/', import.meta.url).pathname);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  output: 'static',
  integrations: [
    mdx(),
    preact(),
    // The search page is a tool and redirect stubs are not content: keep them out of the sitemap.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        // A result's platforms with one provider first repeat the page listing every provider (noindex).
        const providerView = /^\/quiz\/result\/[^/]+\/platforms\/[^/]+\/$/.test(path);
        return !path.startsWith('/search/') && !MOVED.has(path) && !providerView;
      },
    }),
    pruneCspHashes(),
  ],
  build: {
    // Inline every stylesheet: one round trip per page, and the CSS is small.
    inlineStylesheets: 'always',
    format: 'directory',
  },
  vite: {
    // `?figure` fact imports (question records) and `?chunk-url` imports (the address of a lazily loaded chunk, for retries).
    plugins: [factFigures(), chunkUrl()],
    build: {
      rolldownOptions: {
        // Astro's content-asset plugin marks every MDX module with the
        // directive "use astro:head-inject", which Rolldown reports once per
        // file although Astro reads the marker before bundling: nothing for
        // a writer to fix, so only that warning is dropped; every other log passes.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  markdown: {
    // Heading ids come from the `[#id]` marker, set once while parsing.
    processor: satteri({ mdastPlugins: [pinnedHeadingIds] }),
    // Shiki colours tokens with style="" attributes, which a strict CSP
    // (no 'unsafe-inline' styles) would block; code blocks stay monochrome.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' lets Pagefind's WebAssembly run; the no-flash
        // theme script, the moved-page forward and the result pages' marker
        // are inline, so their hashes are listed here (each page keeps only
        // the ones it carries: prune-csp-hashes.mjs).
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [themeScriptHash, movedScriptHash, resultScriptHash],
      },
    },
  },
});
