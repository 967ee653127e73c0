/**
 * "defer scripts": each page's module scripts wait until its first paint (src/lib/defer-scripts.ts says why, with the
 * figures); the loader, src/scripts/after-paint.js, is minified and inlined in each page that holds any.
 */
import { transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { deferModuleScripts } from '../lib/defer-scripts.ts';
import type { Step } from './types.ts';

export const deferScripts: Step = {
  name: 'defer scripts',
  editsHtml: true,
  async run({ pages }) {
    const source = await readFile(new URL('../../scripts/after-paint.js', import.meta.url), 'utf8');
    const loader = (await transform(source, { minify: true, target: 'es2017' })).code.trim();
    let scripts = 0;
    let held = 0;
    for (const page of pages) {
      const { html, deferred } = deferModuleScripts(page.html, loader);
      if (html !== page.html) held++;
      scripts += deferred;
      page.html = html;
    }
    return `${scripts} module scripts held until the first paint, in ${held} of ${pages.length} pages`;
  },
};
