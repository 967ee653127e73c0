// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import postbuild from './src/integrations/postbuild.ts';
import siteUrlNotice from './src/integrations/site-url-notice.ts';
import tokensCss from './src/integrations/tokens-css.ts';
import { hastJoinNumbersAndUnits } from './src/mdx/hast-typography.ts';
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES } from './src/i18n/locales.ts';
import { componentAnchor } from './src/site/anchors.ts';
import { hastStampComponents, hastWrapBlocks, mdastSectionModel } from './src/mdx/pipeline.ts';

// The site URL and base path come from --site/--base, or else from SITE_URL/BASE_PATH (see README). Without a site
// URL the build writes no absolute URL at all (no canonical links, no sitemap): it cannot know where it will live.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  // The tests' deliberately broken builds keep their content cache apart (see tests/build/).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  ...(site ? { site } : {}),
  base,
  // Astro's own i18n routing, from the one list of locales: English at the root, Spanish under /es/. It gives
  // pages `Astro.currentLocale`; the pages themselves come from src/pages/[...route].astro.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Directory URLs ending in "/" are what a static host serves without a redirect.
  trailingSlash: 'always',
  // The stylesheet is a few KB: inlined, it costs no render-blocking request before the first paint (CSP: hashed).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // A component's styles are scoped by a class (`astro-…`) added to its elements, not a `data-astro-cid-…` attribute
  // on each: fewer bytes in the first response, the same specificity (src/integrations/lib/unused-css.ts reads them).
  scopedStyleStrategy: 'class',
  // Scripts run after the first paint (the "defer scripts" build step), so none is inlined: each is a file that
  // the browser caches across the pages and the service worker keeps, not bytes in every page's first load.
  vite: {
    // A component's script is named after it (`SiteSearch.a4AM4oSX.js`), not as Astro names the module it makes of
    // it (`SiteSearch.astro_astro_type_script_index_0_lang.a4AM4oSX.js`): every page names its scripts in its first
    // response, which must fit in one round trip (docs/benchmark.md).
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              entryFileNames: ({ name }) =>
                `_astro/${name.replace(/\.astro_astro_type_script_index_(\d+)_lang$/, (_, i) => (i === '0' ? '' : `-${i}`))}.[hash].js`,
            },
          },
        },
      },
    },
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's own MDX output carries a module-level "use astro:head-inject" directive that the bundler reports
        // for every section, though Astro handles it (withastro/astro's MDX integration): a warning an editor can do
        // nothing about. Every other warning stands.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
  },
  // No code blocks here, and Shiki's inline styles would need a weaker CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    // The design tokens (src/site/tokens.ts), written into global.css.
    tokensCss(),
    // Smart punctuation would turn the source's straight apostrophes into curly ones: the text stays as published.
    // Numbers and their units are joined by a no-break space as the text compiles (src/mdx/hast-typography.ts),
    // so editors type ordinary spaces. Sätteri, Astro's Markdown processor, runs hast plugins (rehype's would need
    // the unified processor). The section model (blocks, their ids, citations) is made and stamped in the same
    // pass, and each top-level block wrapped in a <Block id> for the views to render (src/mdx/pipeline.ts).
    mdx({
      smartypants: false,
      processor: satteri({
        mdastPlugins: [mdastSectionModel(componentAnchor)],
        hastPlugins: [hastStampComponents, hastWrapBlocks, hastJoinNumbersAndUnits],
      }),
    }),
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALES.map((locale) => [locale, LOCALE_INFO[locale].lang])),
      },
      // The side-by-side pages are a reading aid, not a third edition: they stay out of the sitemap.
      filter: (page) => !/\/parallel\//.test(page),
      serialize(item) {
        const english = item.links?.find((link) => link.lang === LOCALE_INFO[DEFAULT_LOCALE].lang);
        if (english) item.links = [...(item.links ?? []), { lang: 'x-default', url: english.url }];
        return item;
      },
    }),
    // Every step on the built site, in order: defer scripts, narrow CSP, Pagefind, service worker, host headers.
    postbuild(),
    siteUrlNotice(),
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
