/**
 * Writes the headers each page needs for hosts that read them from a file: `_headers` (Netlify, Cloudflare Pages)
 * and `vercel.json` (Vercel), from one list of rules (src/lib/host-headers.ts). Each page's Content-Security-Policy
 * is the one its `<meta>` carries, inline scripts' hashes included.
 */
import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { headerRules, toHeadersFile, toVercelConfig } from '../lib/host-headers.ts';
import { builtPages } from './built-pages.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;
// The host-configuration files themselves are not served.
const HOST_FILES = new Set(['_headers', 'vercel.json']);

export default function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'case-report:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const pages = (await builtPages(outDir)).map((page) => {
          const csp = CSP_META.exec(page.html)?.[1];
          if (!csp) throw new Error(`${page.file}: has no Content-Security-Policy meta tag`);
          return { path: page.path.slice(1), csp };
        });
        const files = (await readdir(outDir, { withFileTypes: true }))
          .filter((entry) => entry.isFile() && !entry.name.endsWith('.html') && !HOST_FILES.has(entry.name))
          .map((entry) => entry.name)
          .sort();
        const rules = headerRules({ base, pages, files });
        await writeFile(`${outDir}/_headers`, toHeadersFile(rules));
        await writeFile(`${outDir}/vercel.json`, `${JSON.stringify(toVercelConfig(rules), null, 2)}\n`);
      },
    },
  };
}
