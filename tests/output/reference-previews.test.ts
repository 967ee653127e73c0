/**
 * The citation previews of each build: one file per language holding every reference as the reference list prints
 * it, and a script that fetches it and stays small. The script reaches the reference model (src/model/
 * references.ts, through site/urls.ts), which once bundled the content schemas and zod with it (1.9 KB → 105 KB).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { BUILDS, builtDir, builtFile, builtFiles, ROOT } from './builds.ts';

/** Cite.astro's script, gzipped, at most: it fetches the previews file and shows one on hover or focus. */
const CITE_SCRIPT_MAX_GZIP = 2_000;

for (const build of BUILDS)
  describe(`${build.dir}: the citation previews`, () => {
    it('have one entry per reference of the content, in each language, each with its title', () => {
      const references = parse(readFileSync(join(ROOT, build.content, 'references/references.yaml'), 'utf8')) as {
        title: string;
      }[];
      for (const locale of ['en', 'es']) {
        const file = `reference-previews-${locale}.json`;
        const previews = JSON.parse(builtFile(build, file)) as Record<string, { label: string; text: string }>;
        assert.deepEqual(
          Object.keys(previews),
          references.map((_, i) => String(i + 1)),
          `${build.dir}/${file}: one preview per reference, by number`,
        );
        references.forEach((ref, i) =>
          assert.ok(previews[String(i + 1)]!.text.includes(ref.title), `${build.dir}/${file}: reference ${i + 1}`),
        );
      }
    });

    it(`load with a script of at most ${CITE_SCRIPT_MAX_GZIP} bytes gzipped, which bundles no schema`, () => {
      const scripts = builtFiles(build).filter((f) => /^_astro\/Cite(-\d+)?\.[\w-]+\.js$/.test(f));
      assert.equal(scripts.length, 1, `${build.dir}/_astro: one script of Cite.astro's`);
      const code = readFileSync(join(builtDir(build), scripts[0]!));
      const size = gzipSync(code).length;
      assert.ok(size <= CITE_SCRIPT_MAX_GZIP, `${build.dir}/${scripts[0]}: ${size} bytes gzipped`);
      assert.doesNotMatch(
        code.toString(),
        /date-parts|unrecognized_keys/,
        `${build.dir}/${scripts[0]}: holds a schema`,
      );
    });
  });
