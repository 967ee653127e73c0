/**
 * The offline copy as each build wrote it: the precache manifest that Workbox injects into sw.js, read as text.
 * It must list every reading page of both languages (from the content's front matter), both languages' search
 * index, the scripts, both PDFs, and only files that exist, each with the revision of its bytes (Workbox's revision
 * is the MD5 of the file), so that a new deploy replaces what changed. The side-by-side pages stay online-only.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BUILDS, builtDir, builtFile, builtFiles, readingPages } from './builds.ts';

interface Precached {
  url: string;
  revision: string | null;
}

/** The entries of the manifest injected into sw.js: `{"revision":"…","url":"…"}` objects. */
function manifestOf(sw: string): Precached[] {
  return [...sw.matchAll(/\{"revision":(null|"[0-9a-f]+"),"url":("[^"]+")\}/g)].map(([, revision, url]) => ({
    url: JSON.parse(url!) as string,
    revision: JSON.parse(revision!) as string | null,
  }));
}

for (const build of BUILDS)
  describe(`${build.dir}/sw.js`, () => {
    const manifest = () => {
      const entries = manifestOf(builtFile(build, 'sw.js'));
      assert.ok(entries.length, `${build.dir}/sw.js: no precache manifest found (Workbox's injectManifest writes one)`);
      return entries;
    };
    const urls = () => new Set(manifest().map((e) => e.url));
    const lacking = (wanted: string[]) => {
      const have = urls();
      return wanted.filter((url) => !have.has(url));
    };

    it('keeps every reading page of both languages offline, and no side-by-side page', () => {
      const pages = readingPages(build).map((p) => `${p.path}index.html`);
      assert.deepEqual(lacking(pages), [], `${build.dir}/sw.js: reading pages left out of the offline copy`);
      for (const locale of ['en', 'es'])
        assert.ok(
          readingPages(build).some((p) => p.locale === locale),
          `${build.content}: no ${locale} reading page to check`,
        );
      const parallel = [...urls()].filter((url) => /(^|\/)parallel\//.test(url));
      assert.deepEqual(parallel, [], `${build.dir}/sw.js: side-by-side pages in the offline copy`);
    });

    it('keeps both languages’ search index, every script and both PDFs', () => {
      const files = builtFiles(build);
      const wanted = files.filter(
        (f) =>
          /^pagefind\/(?:(?:fragment|index|filter)\/.+|pagefind\..+\.pf_meta|wasm\.(?:en|es)\.pagefind|pagefind\.js|pagefind-entry\.json)$/.test(
            f,
          ) ||
          /^_astro\/.+\.js$/.test(f) ||
          /\.pdf$/.test(f),
      );
      for (const locale of ['en', 'es'])
        assert.ok(
          wanted.some((f) => f.startsWith(`pagefind/fragment/${locale}_`)),
          `${build.dir}/pagefind has no ${locale} fragment to check`,
        );
      assert.deepEqual(lacking(wanted), [], `${build.dir}/sw.js: files a reader needs offline that it does not keep`);
    });

    it('lists only files that exist, each with the revision of its bytes', () => {
      const dir = builtDir(build);
      const wrong = manifest().flatMap(({ url, revision }) => {
        const file = join(dir, url);
        if (!existsSync(file)) return [`${url}: no such file`];
        // A URL with a hash of its content in its name needs no revision; every other one needs its bytes' MD5.
        const md5 = createHash('md5').update(readFileSync(file)).digest('hex');
        return revision === null || revision === md5 ? [] : [`${url}: revision ${revision}, but the file's is ${md5}`];
      });
      assert.deepEqual(wrong, [], `${build.dir}/sw.js: precache entries that do not match the build`);
    });
  });
