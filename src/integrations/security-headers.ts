/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and others) with security headers for every file, and for
 * each page the same Content-Security-Policy its `<meta>` carries, plus what only a header can say.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { builtPages } from './built-pages.ts';

const COMMON = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options: DENY',
  'Cross-Origin-Opener-Policy: same-origin',
];
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'case-report:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const blocks = [`${base}*`, ...COMMON.map((h) => `  ${h}`)];
        for (const page of await builtPages(outDir)) {
          const csp = CSP_META.exec(page.html)?.[1];
          if (!csp) throw new Error(`${page.file}: has no Content-Security-Policy meta tag`);
          const path = `${base}${page.path.slice(1)}`;
          blocks.push('', path, `  Content-Security-Policy: ${csp.replace(/;\s*$/, '')}; frame-ancestors 'none'`);
        }
        await writeFile(`${outDir}/_headers`, `${blocks.join('\n')}\n`);
      },
    },
  };
}
