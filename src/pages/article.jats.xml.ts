import type { APIRoute } from 'astro';
import { COMPONENT_ANCHORS } from '../lib/anchors.ts';
import { getLabTable, getMetadata, getOrderedSections, getReferences } from '../data/article.ts';
import { useTranslations } from '../i18n/index.ts';
import { FILE_TYPES } from '../lib/host-headers.ts';
import { articleJats, type JatsStrings } from '../lib/jats.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';

/** The article as JATS XML (/article.jats.xml, src/lib/jats.ts): the English article with the Spanish translation. */
const strings = (locale: Locale): JatsStrings => {
  const t = useTranslations(locale);
  return {
    corresponding: t('front.corresponding'),
    references: t('refs.heading'),
    translationTitle: t('notice.translationTitle'),
    translation: t('notice.translation'),
  };
};

export const GET: APIRoute = async () => {
  const [meta, references, labTable, en, es] = await Promise.all([
    getMetadata(),
    getReferences(),
    getLabTable(),
    getOrderedSections('en'),
    getOrderedSections('es'),
  ]);
  const xml = articleJats({
    meta,
    references,
    labTable,
    sections: { en, es },
    anchors: COMPONENT_ANCHORS,
    strings: Object.fromEntries(LOCALES.map((locale) => [locale, strings(locale)])) as Record<Locale, JatsStrings>,
  });
  // Hosts serve the built file with the type src/lib/host-headers.ts states; this one is for `astro dev`.
  return new Response(xml, { headers: { 'Content-Type': FILE_TYPES['xml'] ?? 'application/xml' } });
};
