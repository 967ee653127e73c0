/**
 * "host headers": writes the headers each page needs for hosts that read them from a file: `_headers` (Netlify, Cloudflare Pages)
 * and `vercel.json` (Vercel), from one list of rules (src/integrations/lib/host-headers.ts). Each page's Content-Security-Policy
 * is the one its `<meta>` carries, inline scripts' hashes included.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { pagePolicy } from '../lib/csp.ts';
import { headerRules, toHeadersFile, toVercelConfig } from '../lib/host-headers.ts';
import type { Step } from './types.ts';

// The host-configuration files themselves are not served.
const HOST_FILES = new Set(['_headers', 'vercel.json']);

export const hostHeaders: Step = {
  name: 'host headers',
  async run({ outDir, base, pages: built }) {
    const pages = built.map((page) => {
      const csp = pagePolicy(page.html);
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
    return `_headers and vercel.json: ${rules.length} rules, ${pages.length} page policies`;
  },
};
