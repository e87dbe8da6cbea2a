/**
 * What src/scripts/section-links.ts reads instead of attributes on every
 * copy button (issue 25): on each built page with copy buttons, the menu
 * the buttons control, the page's canonical URL and og:title, and a heading
 * with an id in each button's own wrapper, whose text the label repeats.
 * The address a button copies is then the canonical URL with that id, and
 * the Markdown label "<og:title> — <heading text>", as the buttons carried
 * them before.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { indexSite } from '../support/site-index';
import { requireDist } from '../support/dist';

const dist = requireDist();
const pages = [...indexSite(dist).values()].filter((p) => !p.redirectTo && p.html.includes('data-copy-section'));

describe('copy buttons find what they copy', () => {
  it('has pages with copy buttons', () => {
    expect(pages.length).toBeGreaterThan(10);
  });
  for (const page of pages) {
    it(`${page.url}: every button has its heading, and the page its menu, canonical URL and title`, () => {
      const root = parse(page.html);
      expect(root.querySelector('#copy-menu'), 'the copy menu').not.toBeNull();
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'canonical URL').toMatch(/^https?:\/\//);
      expect(root.querySelector('meta[property="og:title"]')?.getAttribute('content'), 'og:title').toBeTruthy();
      const buttons = root.querySelectorAll('[data-copy-section]');
      expect(buttons.length).toBeGreaterThan(0);
      for (const button of buttons) {
        // The script takes the wrapper's first child with an id that is not an old id's empty target.
        const heading = (button.parentNode?.childNodes ?? []).find(
          (n) => 'getAttribute' in n && (n as ReturnType<typeof parse>).getAttribute('id') && !(n as ReturnType<typeof parse>).classList.contains('alias-target'),
        ) as ReturnType<typeof parse> | undefined;
        expect(heading?.tagName, `a heading beside ${button.toString().slice(0, 80)}`).toMatch(/^H[234]$/);
        const text = heading!.textContent.trim();
        expect(button.querySelector('.sr-only')?.textContent).toBe(`Copy link to section “${text}”`);
        expect(button.hasAttribute('data-url') || button.hasAttribute('data-label'), 'no per-button address or label').toBe(false);
      }
    });
  }
});
