/**
 * Says, once per build, when the build was not told its site URL: such a build writes no absolute URL (no
 * canonical links, language alternates, `og:url`, share cards, sitemap or JSON-LD URLs) rather than a guessed one.
 */
import type { AstroIntegration } from 'astro';

export default function siteUrlNotice(): AstroIntegration {
  let hasSite = false;
  return {
    name: 'case-report:site-url',
    hooks: {
      'astro:config:done': ({ config }) => {
        hasSite = Boolean(config.site);
      },
      'astro:build:done': ({ logger }) => {
        if (hasSite) return;
        logger.warn(
          'No site URL was given, so this build has no canonical links, language alternates, share cards or ' +
            'sitemap. Set it for a deploy: SITE_URL=https://example.org npm run build ' +
            '(or: npx astro build --site https://example.org).',
        );
      },
    },
  };
}
