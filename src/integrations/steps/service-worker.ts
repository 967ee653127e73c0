/**
 * "service worker": writes dist/sw.js, after the Pagefind index: src/service-worker/sw.ts bundled with
 * esbuild, then given its precache list by Workbox's injectManifest. Whatever --base the build has, the list is
 * relative to the worker, so it follows the base. See sw.ts for what is kept and how.
 */
import { build } from 'esbuild';
import { globSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';
import { JATS_FILE } from '../../formats/jats/index.ts';
import type { Step } from './types.ts';

/** What a reader keeps after one visit: the reading pages of both languages and what they need. */
export const PRECACHE = {
  patterns: [
    'index.html',
    '*/index.html',
    'es/*/index.html',
    '_astro/*.js',
    'pagefind/**/*',
    // Each lab table as CSV (src/pages/[table].csv.ts).
    '*.csv',
    'lab-chart-*.{svg,json}',
    'reference-previews-*.json',
    'citation.{bib,ris,json}',
    JATS_FILE,
    // The article as PDF, one per language (src/pages/[file].pdf.ts).
    '*.pdf',
    'manifest-*.webmanifest',
    'favicon.{svg,ico}',
    'icon-*.png',
  ],
  // The side-by-side pages would double the pages kept: they stay online-only. 404.html is for the host to serve.
  // Pagefind's worker script is not kept either: the search runs on the page's thread (src/scripts/search-ui.ts).
  ignores: [
    'parallel/**',
    'es/parallel/**',
    'pagefind/*-ui.*',
    'pagefind/wasm.unknown.pagefind',
    'pagefind/pagefind-worker.js',
  ],
};

export const serviceWorker: Step = {
  name: 'service worker',
  async run({ outDir, warn }) {
    const work = await mkdtemp(join(tmpdir(), 'case-report-sw-'));
    try {
      const bundled = join(work, 'sw.js');
      await build({
        entryPoints: [fileURLToPath(new URL('../../service-worker/sw.ts', import.meta.url))],
        outfile: bundled,
        bundle: true,
        format: 'iife',
        minify: true,
        target: 'es2022',
        // Workbox logs in development builds only.
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
      const { count, size, warnings } = await injectManifest({
        swSrc: bundled,
        swDest: join(outDir, 'sw.js'),
        globDirectory: outDir,
        // Only the patterns this build has files for: a report without lab tables has no CSV or chart files, and
        // Workbox would warn of each pattern that matches nothing.
        globPatterns: PRECACHE.patterns.filter((pattern) => globSync(pattern, { cwd: outDir }).length > 0),
        globIgnores: PRECACHE.ignores,
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      });
      for (const warning of warnings) warn(warning);
      return `sw.js keeps ${count} files offline (${Math.round(size / 1024)} KB before compression)`;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};
