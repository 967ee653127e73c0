/**
 * "defer scripts": each page's module scripts wait until its first paint (src/integrations/lib/defer-scripts.ts says why, with the
 * figures); the loader, src/scripts/after-paint.js, is minified and inlined in each page that holds any. The rest of
 * the first paint's critical path goes with it: each page keeps only the CSS it can use (src/integrations/lib/unused-css.ts).
 * It also stamps the build's search index tag, which names the entry file the search preloads (src/site/search.ts),
 * over the pages as built.
 */
import { transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { deferModuleScripts } from '../lib/defer-scripts.ts';
import { stampIndexTag } from '../../site/search.ts';
import { dropUnusedCss } from '../lib/unused-css.ts';
import type { Step } from './types.ts';

export const deferScripts: Step = {
  name: 'defer scripts',
  editsHtml: true,
  async run({ pages }) {
    const tag = stampIndexTag(pages);
    const source = await readFile(new URL('../../scripts/after-paint.js', import.meta.url), 'utf8');
    const loader = (await transform(source, { minify: true, target: 'es2017' })).code.trim();
    let scripts = 0;
    let held = 0;
    let css = 0;
    for (const page of pages) {
      const pruned = dropUnusedCss(page.html);
      css += pruned.removed;
      const { html, deferred } = deferModuleScripts(pruned.html, loader);
      if (html !== pruned.html) held++;
      scripts += deferred;
      page.html = html;
    }
    return `${scripts} module scripts held until the first paint, in ${held} of ${pages.length} pages; ${Math.round(css / pages.length / 1024)} KB of unused CSS left out per page on average; search index tag ${tag}`;
  },
};
