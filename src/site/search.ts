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
 * Stands, in a page's preload list, for the files of its language's index that Pagefind names after their content,
 * until the Pagefind step has written them and names them there (indexFiles).
 */
export const INDEX_FILES = '__index_files__';

/**
 * What Pagefind fetches first, preloaded all at once when the reader shows intent instead of one file discovering
 * the next: its script (preloaded as a module), the entry file, the language's WebAssembly and the files of its
 * index (preloaded for fetch(), in CORS mode, as Pagefind asks for them). Pagefind names the WebAssembly after the
 * page's language without its region (`wasm.en.pagefind`); a test over the built files holds every page's list to
 * what Pagefind wrote. The index's files carry a hash of their content: INDEX_FILES stands for them until the
 * Pagefind step has written them.
 */
export function searchPreloads(bundle: string, lang: string, tag: string = INDEX_TAG): string[] {
  const language = lang.toLowerCase().split('-')[0];
  return [
    `${bundle}pagefind.js`,
    `${bundle}pagefind-entry.json?ts=${tag}`,
    `${bundle}wasm.${language}.pagefind`,
    INDEX_FILES,
  ];
}

/** What Pagefind wrote: its entry file's languages, and the file names in its index/ folder. */
export interface WrittenIndex {
  languages: Record<string, { hash: string }>;
  index: string[];
}

/**
 * The files of a language's index that a first search asks for once the entry has arrived, in `bundle`: the
 * language's metadata, and its index chunk where it has only one (a search without a section chosen asks for no
 * filter chunk). Measured on a throttled phone
 * (150 ms RTT, 1.6 Mbps, CPU 4x slower), first key to the first result took 1235-1269 ms without them and 977-1061
 * with them: each was a round trip after the one before. A larger index is split into several chunks, of which a
 * search needs only those its words fall in: Pagefind's own preload() fetches those as the reader types. Pagefind
 * keys a language by the page's `lang` in lower case (`en`, `pt-br`); none, none.
 */
export function indexFiles(written: WrittenIndex, lang: string, bundle: string): string[] {
  const key = lang.toLowerCase();
  const language = written.languages[key];
  if (!language) return [];
  const chunks = written.index.filter((name) => name.startsWith(`${key}_`));
  return [
    `${bundle}pagefind.${language.hash}.pf_meta`,
    ...(chunks.length === 1 ? [`${bundle}index/${chunks[0]}`] : []),
  ];
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
