import type { APIRoute, GetStaticPaths } from 'astro';
import { getMetadata } from '../data/article.ts';
import { useTranslations } from '../i18n/index.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../i18n/locales.ts';
import { editionName } from '../formats/citation/scholarly.ts';
import { THEME_COLOR } from '../site/theme.ts';
import { BASE, fileUrl } from '../site/base.ts';
import { pagePath } from '../site/urls.ts';

/**
 * A web app manifest per language, so the article can be added to a home screen and opens in the reader's
 * language: the web edition's own name (never the journal's) and the article's short title under its icon, the
 * article's title as its description, start URL and scope under the base.
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
    name: editionName(meta, locale, useTranslations(locale)),
    short_name: meta.shortTitle[locale],
    description: meta.title[locale],
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
