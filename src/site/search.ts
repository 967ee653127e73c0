import { createHash } from 'node:crypto';

/**
 * The facets a reader can filter search results by, in reading order: each section's heading in the page's
 * language (a page's sections carry them as Pagefind filters), then the references page's heading.
 */
export function searchFacets(sectionTitles: readonly string[], references: string): string[] {
  return [...new Set([...sectionTitles, references])];
}

/**
 * Stands for the index's tag in a page until the post-build pipeline stamps the build's own (stampIndexTag).
 * Pagefind asks for its entry file as `pagefind-entry.json?ts=<tag>`; with a tag the page knows, the page can
 * preload that very URL, where Pagefind's default (the time of the request) never matches anything.
 */
export const INDEX_TAG = '__index_tag__';

/**
 * What Pagefind fetches first, preloaded all at once when the reader shows intent instead of one file discovering
 * the next: its script (preloaded as a module), the entry file (which names the language's metadata) and the
 * language's WebAssembly (both preloaded for fetch(), in CORS mode, as Pagefind asks for them). Pagefind names the
 * WebAssembly after the page's language without its region (`wasm.en.pagefind`); a test over the built files holds
 * every page's list to what Pagefind wrote. The metadata's name carries a hash of the index, which is written after
 * the pages: Pagefind asks for it as soon as the entry has arrived, while the WebAssembly (the largest of them) is
 * still on its way.
 */
export function searchPreloads(bundle: string, lang: string, tag: string = INDEX_TAG): string[] {
  const language = lang.toLowerCase().split('-')[0];
  return [`${bundle}pagefind.js`, `${bundle}pagefind-entry.json?ts=${tag}`, `${bundle}wasm.${language}.pagefind`];
}

/**
 * The build's index tag, stamped where each page says INDEX_TAG: a hash of every page as built, so it changes
 * whenever a page (and so the index Pagefind makes from them) may have, and a host or browser that keeps the entry
 * file by its URL fetches the new one. Returns the tag.
 */
export function stampIndexTag(pages: { path: string; html: string }[]): string {
  const hash = createHash('sha256');
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(page.path).update(page.html);
  const tag = hash.digest('hex').slice(0, 12);
  for (const page of pages) page.html = page.html.replaceAll(INDEX_TAG, tag);
  return tag;
}
