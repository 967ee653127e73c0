/**
 * Narrows each built page's Content-Security-Policy to the hashes of its own inline scripts and styles
 * (src/lib/csp.ts). Runs when the build is done, before the steps that read the pages (the search index, the
 * service worker's revisions, the host headers copied from the `<meta>`).
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { narrowCsp } from '../lib/csp.ts';
import { builtPages } from './built-pages.ts';

export default function narrowCspIntegration(): AstroIntegration {
  return {
    name: 'case-report:narrow-csp',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const page of await builtPages(fileURLToPath(dir))) {
          const narrowed = narrowCsp(page.html);
          if (narrowed !== page.html) await writeFile(page.file, narrowed);
        }
      },
    },
  };
}
