import { publicationYear } from '../../model/record.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMetadata } from '../../data/article.ts';
import { useTranslations } from '../../i18n/index.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { shareCardPng } from '../../site/share-card.ts';

/** /share-card/en.png and /share-card/es.png: each language's share card (og:image, twitter:image). */
export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params['locale'] as Locale;
  const t = useTranslations(locale);
  const meta = await getMetadata();
  const names = meta.authors.map((a) => `${a.family} ${a.initials}`);
  const png = await shareCardPng({
    kicker: `${meta.journal.title} · ${publicationYear(meta)}`,
    title: meta.title[locale],
    authors: names.length > 3 ? `${names.slice(0, 3).join(', ')}, ${t('share.etAl')}` : names.join(', '),
    doi: meta.doi,
    edition: t('share.edition'),
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
