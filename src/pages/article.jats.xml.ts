import type { APIRoute } from 'astro';
import { componentAnchor } from '../lib/anchors.ts';
import { getLabTables, getMetadata, getOrderedSections, getReferences } from '../data/article.ts';
import { useTranslations } from '../i18n/index.ts';
import { FILE_TYPES } from '../lib/host-headers.ts';
import { articleJats, type JatsStrings } from '../lib/jats.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';
import { translationStatement } from '../lib/provenance.ts';
import type { SpanishPart } from '../lib/schemas.ts';

/** The article as JATS XML (/article.jats.xml, src/lib/jats.ts): the English article with the Spanish translation. */
const strings = (locale: Locale, authorsSpanish: readonly SpanishPart[]): JatsStrings => {
  const t = useTranslations(locale);
  return {
    corresponding: t('front.corresponding'),
    references: t('refs.heading'),
    translationTitle: t('notice.translationTitle'),
    translation: translationStatement(authorsSpanish, locale, t),
    // The edition names itself as the share card does; it translated the Spanish.
    translator: t('share.edition'),
    recordLink: t('jats.recordLink'),
    figureSeeOriginal: t('fig.seeOriginal'),
    figureViewOriginal: t('fig.viewOriginal'),
  };
};

export const GET: APIRoute = async () => {
  const [meta, references, labTables, en, es] = await Promise.all([
    getMetadata(),
    getReferences(),
    getLabTables(),
    getOrderedSections('en'),
    getOrderedSections('es'),
  ]);
  const xml = articleJats({
    meta,
    references,
    labTables,
    sections: { en, es },
    componentAnchor,
    strings: Object.fromEntries(LOCALES.map((locale) => [locale, strings(locale, meta.authorsSpanish)])) as Record<
      Locale,
      JatsStrings
    >,
  });
  // Hosts serve the built file with the type src/lib/host-headers.ts states; this one is for `astro dev`.
  return new Response(xml, { headers: { 'Content-Type': FILE_TYPES['xml'] ?? 'application/xml' } });
};
