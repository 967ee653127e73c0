import type { APIRoute, GetStaticPaths } from 'astro';
import { getMetadata } from '../data/article.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../lib/locales.ts';
import { THEME_COLOR } from '../lib/theme.ts';
import { BASE, fileUrl } from '../lib/base.ts';
import { pagePath } from '../lib/urls.ts';

/**
 * A web app manifest per language, so the article can be added to a home screen and opens in the reader's
 * language: names from the article's metadata, start URL and scope under the base.
 */
export const getStaticPaths = (() =>
  LOCALES.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const { locale } = props;
  const meta = await getMetadata();
  const icon = (variant: string, size: number, purpose: string) => ({
    src: fileUrl(`/icon-${variant}.png`),
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  const manifest = {
    name: meta.title[locale],
    short_name: meta.shortTitle[locale],
    lang: LOCALE_INFO[locale].lang,
    dir: 'ltr',
    start_url: fileUrl(pagePath(locale, '')),
    scope: BASE,
    display: 'standalone',
    theme_color: THEME_COLOR.light,
    background_color: THEME_COLOR.light,
    icons: [
      icon('192', 192, 'any'),
      icon('512', 512, 'any'),
      icon('maskable-192', 192, 'maskable'),
      icon('maskable-512', 512, 'maskable'),
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
