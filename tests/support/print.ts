/** Printing a page to PDF in a browser test, and counting its pages. */
import type { Page } from '@playwright/test';

/** Pages in the printed PDF: one "/Type /Page" object per page ("/Type /Pages" is the page tree). */
export async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format, printBackground: false })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
