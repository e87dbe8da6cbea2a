/**
 * Renders a guide entry and prepares what its headings need: the page
 * title for Markdown links and the alias targets, passed through
 * Astro.locals because MDX heading components receive only their id.
 */
import { render, type CollectionEntry } from 'astro:content';
import { invertAliases, tocEntries } from './headings';

export async function renderGuideEntry(
  entry: CollectionEntry<'antipatterns'> | CollectionEntry<'pages'>,
  locals: App.Locals,
) {
  const { Content, headings } = await render(entry);
  const toc = tocEntries(headings);
  const ids = new Set(toc.map((t) => t.id));
  for (const [oldId, current] of Object.entries(entry.data.aliases)) {
    if (!ids.has(current)) {
      throw new Error(
        `${entry.filePath ?? entry.id}: aliases.${oldId} points to "#${current}", which is not a heading id on the page. Ids on the page: ${[...ids].join(', ')}`,
      );
    }
    if (ids.has(oldId)) throw new Error(`${entry.filePath ?? entry.id}: alias "${oldId}" is still a heading id on the page; remove the alias.`);
  }
  locals.pageTitle = entry.data.title;
  locals.headingAliases = invertAliases(entry.data.aliases);
  return { Content, toc };
}
