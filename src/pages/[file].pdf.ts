import type { APIRoute, GetStaticPaths } from 'astro';
import { getMetadata } from '../data/article.ts';
import { articlePdf } from '../data/pdf.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { articlePdfPath } from '../site/urls.ts';

/** The article as a PDF, one per language, set by Typst from the same content as the pages (src/data/pdf.ts). */
export const getStaticPaths = (async () => {
  const meta = await getMetadata();
  return LOCALES.map((locale) => ({
    params: { file: articlePdfPath(meta, locale).slice(1, -'.pdf'.length) },
    props: { locale },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  new Response(await articlePdf(props.locale), { headers: { 'Content-Type': 'application/pdf' } });
