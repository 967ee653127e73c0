import type { APIRoute } from 'astro';
import { componentAnchor } from '../lib/anchors.ts';
import { getLabTables, getMetadata, getOrderedSections, getReferences } from '../data/article.ts';
import { useTranslations } from '../i18n/index.ts';
import { FILE_TYPES } from '../lib/host-headers.ts';
import { articleJats, type JatsStrings } from '../lib/jats.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';
import { provenanceStatement } from '../lib/provenance.ts';
import type { ArticleMetadata } from '../lib/schemas.ts';
import { editionName } from '../lib/scholarly.ts';

/** The article as JATS XML (/article.jats.xml, src/lib/jats.ts): the English article with the Spanish translation. */
const strings = (locale: Locale, meta: ArticleMetadata): JatsStrings => {
  const t = useTranslations(locale);
  return {
    corresponding: t('front.corresponding'),
    references: t('refs.heading'),
    translationTitle: t('notice.translationTitle'),
    // The whole statement of provenance (its sentences end in full stops), then what the link leads to.
    translation: provenanceStatement(meta, locale, t),
    record: t('notice.record'),
    // This edition translated the Spanish: it names itself as its pages do (og:site_name, the manifests).
    translator: editionName(meta, locale, t),
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
    strings: Object.fromEntries(LOCALES.map((locale) => [locale, strings(locale, meta)])) as Record<
      Locale,
      JatsStrings
    >,
  });
  // Hosts serve the built file with the type src/lib/host-headers.ts states; this one is for `astro dev`.
  return new Response(xml, { headers: { 'Content-Type': FILE_TYPES['xml'] ?? 'application/xml' } });
};
