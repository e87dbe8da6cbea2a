/** Facts about the guide itself, shown in the footer and in quiz exports. */
export const SITE_TITLE = 'Really serverless?';
export const SITE_TAGLINE = 'A decision guide: serverless functions, managed services or conventional servers';

/** The source article every page builds on. */
export const SOURCE_ARTICLE = {
  title: 'Are you really building a serverless system?',
  author: 'Gwen Shapira',
  publisher: 'InfoWorld (IDG Contributor Network)',
  year: 2018,
  url: 'https://www.infoworld.com/article/3272386/are-you-really-building-a-serverless-system.html',
} as const;

/** An absolute URL for a site path, from the one configured base URL. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs must set `site` so absolute URLs can be built.');
  return new URL(path, site).href;
}
