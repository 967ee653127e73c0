/**
 * Everything that happens to a build once Astro has written it, in one integration with named steps run in order:
 * each step's order is stated here, and its reason beside it. The built pages are read once; the steps that edit
 * HTML (through a parser, src/integrations/lib/html-edit.ts) change them in memory, and the changed pages are written before the
 * steps that read the output folder (the service worker's revisions, the host headers).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deferScripts } from './steps/defer-scripts.ts';
import { hostHeaders } from './steps/host-headers.ts';
import { narrowCsp } from './steps/narrow-csp.ts';
import { pagefind } from './steps/pagefind.ts';
import { serviceWorker } from './steps/service-worker.ts';
import type { BuiltPage, Step } from './steps/types.ts';

const STEPS: Step[] = [
  // First: it wraps the module scripts and adds the loader, an inline script the policy must then allow.
  deferScripts,
  // Over the pages as they will be served, so each policy names exactly its page's inline code.
  narrowCsp,
  // The index reads the pages as they will be served (after the other HTML steps), then names its files in them.
  pagefind,
  // After Pagefind: the worker keeps its index for offline search, and the pages' final revisions.
  serviceWorker,
  // Last: it copies each page's final policy, and lists every file the build wrote.
  hostHeaders,
];

/** Every HTML file of a build, with the URL path (without base) it is served at. */
async function builtPages(dir: string): Promise<BuiltPage[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const rel = relative(dir, file).split(sep).join('/');
      const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      return { file, path, html: await readFile(file, 'utf8') };
    }),
  );
}

export default function postbuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'case-report:postbuild',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = await builtPages(outDir);
        const read = new Map(pages.map((page) => [page, page.html]));
        let written = false;
        for (const step of STEPS) {
          if (step.editsHtml && written)
            throw new Error(`${step.name}: an HTML step must run before the pages are written`);
          // The steps after the HTML edits read the output folder: the changed pages are written before the first.
          if (!step.editsHtml && !written) {
            const changed = pages.filter((page) => page.html !== read.get(page));
            await Promise.all(changed.map((page) => writeFile(page.file, page.html)));
            logger.info(`pages: ${pages.length} read, ${changed.length} rewritten`);
            written = true;
          }
          const started = performance.now();
          const done = await step.run({
            outDir,
            base,
            pages,
            warn: (message) => logger.warn(`${step.name}: ${message}`),
          });
          logger.info(`${step.name}: ${done} (${Math.round(performance.now() - started)} ms)`);
        }
      },
    },
  };
}
