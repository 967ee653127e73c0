import type { APIRoute, GetStaticPaths } from 'astro';
import { getReferences } from '../data/article.ts';
import { useTranslations } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { vancouverText } from '../formats/citation/vancouver.ts';

/**
 * What a citation's preview shows, for every reference, in one language's labels (scripts/cite-preview.ts fetches
 * it after the page's first paint): `{ "7": { "label": "Reference 7", "text": "…" } }`. The references themselves
 * stay in English, as published, in the Vancouver form of the reference list (formats/citation/vancouver.ts). Its
 * path: referencePreviewsPath (site/urls.ts).
 */
export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const t = useTranslations(params['locale'] as Locale);
  const previews = Object.fromEntries(
    (await getReferences()).map(({ n, item }) => [
      String(n),
      { label: t('refs.previewLabel', { n }), text: vancouverText(item) },
    ]),
  );
  return new Response(JSON.stringify(previews), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
