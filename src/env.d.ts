/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Title of the page being rendered, for "copy as Markdown" labels. */
    pageTitle?: string;
    /** current id → older fragments that must still land on it. */
    headingAliases?: Record<string, string[]>;
  }
}
