// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';

// The site URL and base path come from --site/--base, or else from SITE_URL/BASE_PATH (see README).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  // The tests' deliberately broken builds keep their content cache apart (see tests/build/).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site,
  base,
  // Directory URLs ending in "/" are what a static host serves without a redirect.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No code blocks here, and Shiki's inline styles would need a weaker CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    // Smart punctuation would turn the source's straight apostrophes into curly ones: the text stays as published.
    mdx({ smartypants: false }),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es' } },
      // The side-by-side pages are a reading aid, not a third edition: they stay out of the sitemap.
      filter: (page) => !/\/parallel\//.test(page),
      serialize(item) {
        const english = item.links?.find((link) => link.lang === 'en');
        if (english) item.links = [...(item.links ?? []), { lang: 'x-default', url: english.url }];
        return item;
      },
    }),
    pagefind(),
    securityHeaders(),
  ],
  security: {
    csp: {
      // Pagefind's search runs WebAssembly; nothing else is allowed but the site's own hashed scripts.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
