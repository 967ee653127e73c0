/**
 * "Pagefind": writes the search index at the end of every `astro build`, whatever its --site and --base. Pages are indexed from their `data-pagefind-body`; elements marked
 * `data-search-record` (each reference, each table and figure) become results of their own that open at their
 * anchor, filed under the section they stand in. It indexes the pages as they will be served, before they are
 * written, and then names in each page's search preloads the index files it wrote for the page's language
 * (src/site/search.ts, indexFiles): their names carry a hash of their content. (A preload list is no text of the
 * page: naming the files there leaves the index as it was.)
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readdir, readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import * as pagefindApi from 'pagefind';
import { INDEX_FILES, indexFiles, type WrittenIndex } from '../../site/search.ts';
import type { Step } from './types.ts';

// Screen-reader-only labels ("above the reference range") and a reference's link row are not its text.
const NOT_TEXT = new Set(['sr-only', 'ref-links']);

/** The words of a search record, without the parts that are not its text. */
function recordText(el: Element): string {
  const strip = (node: ElementContent): ElementContent[] =>
    node.type === 'element'
      ? (node.properties['className'] as string[] | undefined)?.some((c) => NOT_TEXT.has(c))
        ? []
        : [{ ...node, children: node.children.flatMap(strip) }]
      : [node];
  return toText({ ...el, children: el.children.flatMap(strip) })
    .replace(/\s+/g, ' ')
    .trim();
}

export const pagefind: Step = {
  name: 'Pagefind',
  editsHtml: true,
  async run({ outDir, base, pages }) {
    // The Pagefind service is a child process: close it whether indexing succeeds or throws, or the build hangs.
    try {
      const { index, errors } = await pagefindApi.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      let records = 0;
      let indexed = 0;
      const languages = new Map<(typeof pages)[number], string>();
      for (const page of pages) {
        const tree = fromHtml(page.html);
        const language = String(select('html', tree)?.properties['lang'] ?? 'en');
        languages.set(page, language);
        // Only the reading pages' content: the side-by-side pages repeat it and are not indexed.
        const body = select('[data-pagefind-body]', tree);
        if (!body) continue;
        const sourcePath = relative(outDir, page.file).split(sep).join('/');
        const added = await index.addHTMLFile({ sourcePath, content: page.html });
        if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
        indexed++;
        // A record is filed under the section it stands in (its `data-pagefind-filter`), or under its own
        // `data-search-section` where it stands in none (the reference list).
        const sectionOf = new Map<Element, string>();
        for (const part of selectAll('[data-pagefind-filter^="section:"]', body))
          for (const el of selectAll('[data-search-record]', part))
            sectionOf.set(el, String(part.properties['dataPagefindFilter']).slice('section:'.length));
        for (const el of selectAll('[data-search-record]', body)) {
          const id = String(el.properties['id']);
          const section = sectionOf.get(el) ?? String(el.properties['dataSearchSection']);
          const result = await index.addCustomRecord({
            url: `${page.path}#${id}`,
            content: recordText(el),
            language,
            meta: { title: String(el.properties['dataSearchTitle']), section },
            filters: { section: [section] },
          });
          if (result.errors.length) throw new Error(`Pagefind record ${page.path}#${id}: ${result.errors.join('; ')}`);
          records++;
        }
      }
      const bundle = `${outDir}/pagefind`;
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      const files: WrittenIndex = {
        languages: (JSON.parse(await readFile(`${bundle}/pagefind-entry.json`, 'utf8')) as WrittenIndex).languages,
        index: await readdir(`${bundle}/index`),
      };
      for (const page of pages) {
        const named = indexFiles(files, languages.get(page) ?? 'en', `${base}pagefind/`);
        page.html = page.html.replaceAll(` ${INDEX_FILES}`, named.map((href) => ` ${href}`).join(''));
      }
      return `indexed ${indexed} pages and ${records} records`;
    } finally {
      await pagefindApi.close();
    }
  },
};
