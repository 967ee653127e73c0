/**
 * The search index each build wrote (its pagefind/ folder), read as files: one index per language, each holding
 * that language's pages and every reading page of it. Pagefind's entry file names each language's metadata file;
 * that file (gzip, then CBOR) names the fragment of each page it indexes, and each fragment (gzip, then JSON) holds
 * its page's URL. Which page is in which language comes from the page itself (its `<html lang>`) and the content's
 * front matter, not from the program.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { BUILDS, builtDir, builtFile, builtFiles, readingPages } from './builds.ts';

/** Pagefind's files start with this signature before their gzip-compressed payload is read. */
const SIGNATURE = 'pagefind_dcd';
const unpack = (file: string) => {
  const bytes = gunzipSync(readFileSync(file));
  return bytes.subarray(bytes.indexOf(SIGNATURE) + SIGNATURE.length);
};

interface Entry {
  languages: Record<string, { hash: string; page_count: number }>;
}

for (const build of BUILDS)
  describe(`${build.dir}/pagefind`, () => {
    const entryFile = `${build.dir}/pagefind/pagefind-entry.json`;
    // Read when a test runs, so that a missing build fails that test with its message.
    const entryOf = () => JSON.parse(builtFile(build, 'pagefind/pagefind-entry.json')) as Entry;
    /** The URLs a language's index holds, from its metadata file's list of fragments. */
    const indexed = (language: string) => {
      const entry = entryOf();
      if (!entry.languages[language])
        assert.fail(`${entryFile}: no ${language} index (its languages: ${Object.keys(entry.languages).join(', ')})`);
      const fragments = builtFiles(build)
        .filter((f) => /^pagefind\/fragment\/.+\.pf_fragment$/.test(f))
        .map((f) => ({ file: f, hash: f.slice('pagefind/fragment/'.length, -'.pf_fragment'.length) }));
      const meta = `pagefind/pagefind.${entry.languages[language]?.hash}.pf_meta`;
      const path = join(builtDir(build), meta);
      if (!existsSync(path)) assert.fail(`${entryFile} names ${build.dir}/${meta}, which is missing`);
      const names = unpack(path).toString('latin1');
      return fragments
        .filter((f) => names.includes(f.hash))
        .map((f) => (JSON.parse(unpack(join(builtDir(build), f.file)).toString('utf8')) as { url: string }).url);
    };
    /** The language a URL's page declares in its `<html lang>` (Pagefind's URLs leave out the base path). */
    const langOf = (url: string) => {
      const path = `${url.split('#')[0]!.slice(1)}index.html`;
      return /<html[^>]*\slang="([^"]+)"/.exec(builtFile(build, path))?.[1] ?? '(none)';
    };

    it('has one index for English and one for Spanish', () => {
      const entry = entryOf();
      assert.deepEqual(
        Object.keys(entry.languages).sort(),
        ['en', 'es'],
        `${entryFile}: languages ${Object.keys(entry.languages).join(', ')}; expected en and es, one index each`,
      );
    });

    for (const language of ['en', 'es'] as const)
      it(`files only ${language === 'en' ? 'English' : 'Spanish'} pages in the ${language} index, and every reading page of it`, () => {
        const urls = indexed(language);
        assert.ok(urls.length, `${entryFile}: the ${language} index holds no page`);
        const strays = urls.filter((url) => langOf(url) !== language);
        assert.deepEqual(
          strays.map((url) => `${url} (lang="${langOf(url)}")`),
          [],
          `${build.dir}/pagefind: the ${language} index holds pages of another language`,
        );
        const missing = readingPages(build)
          .filter((p) => p.locale === language)
          .map((p) => `/${p.path}`)
          .filter((url) => !urls.includes(url));
        assert.deepEqual(missing, [], `${build.dir}/pagefind: reading pages missing from the ${language} index`);
        const entry = entryOf();
        assert.equal(
          entry.languages[language]?.page_count,
          urls.length,
          `${entryFile}: the ${language} index counts ${entry.languages[language]?.page_count} pages but names ${urls.length}`,
        );
      });

    it("names in every page's search preloads files the build has, under its base, the language's metadata and index chunk among them", () => {
      const entry = entryOf();
      const pages = builtFiles(build).filter((f) => f.endsWith('.html'));
      const faults: string[] = [];
      for (const page of pages) {
        const html = builtFile(build, page);
        const list = /data-preload="([^"]*)"/.exec(html)?.[1];
        if (list === undefined) continue;
        if (html.includes('__index_')) faults.push(`${page}: a placeholder the build did not stamp`);
        const hrefs = list.split(' ');
        for (const href of hrefs) {
          if (!href.startsWith(build.base)) faults.push(`${page}: ${href} is outside the base ${build.base}`);
          else if (!existsSync(join(builtDir(build), href.slice(build.base.length).replace(/\?.*$/, ''))))
            faults.push(`${page}: ${href} is not in the build`);
        }
        const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
        const meta = `${build.base}pagefind/pagefind.${entry.languages[lang]?.hash}.pf_meta`;
        if (!hrefs.includes(meta)) faults.push(`${page}: no preload of its language's metadata, ${meta}`);
        if (!hrefs.some((href) => href.startsWith(`${build.base}pagefind/index/${lang}_`)))
          faults.push(`${page}: no preload of its language's index chunk`);
      }
      assert.deepEqual(faults, [], `${build.dir}: the search preloads`);
    });
  });
