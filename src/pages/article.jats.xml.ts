import type { APIRoute } from 'astro';
import { getDocument } from '../data/document.ts';
import { useTranslations } from '../i18n/index.ts';
import { FILE_TYPES } from '../integrations/lib/host-headers.ts';
import { articleJats, type JatsStrings } from '../formats/jats/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { provenanceStatement } from '../model/provenance.ts';
import type { ArticleMetadata } from '../model/schemas.ts';
import { editionName } from '../formats/citation/scholarly.ts';

/** The article as JATS XML (/article.jats.xml, src/formats/jats/): the English article with the Spanish translation. */
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
    // What the link leads to, after "The English text as published:": the journal's English edition, or (an
    // article published first in English) the journal by its NLM abbreviation; the converter fills in {doi}.
    recordLink: meta.original ? t('jats.recordLinkEdition') : `${meta.journal.abbreviation}, doi:{doi}`,
    figureSeeOriginal: t('fig.seeOriginal'),
    figureViewOriginal: t('fig.viewOriginal'),
  };
};

export const GET: APIRoute = async () => {
  const [en, es] = await Promise.all([getDocument('en'), getDocument('es')]);
  const start = performance.now();
  const xml = articleJats({
    documents: { en, es },
    strings: Object.fromEntries(LOCALES.map((locale) => [locale, strings(locale, en.meta)])) as Record<
      Locale,
      JatsStrings
    >,
  });
  // The build's log says what the file costs, as it does for the PDFs (npm run bench reads it).
  console.info(
    `[jats] article.jats.xml: ${xml.length} characters, written in ${((performance.now() - start) / 1000).toFixed(2)} s`,
  );
  // Hosts serve the built file with the type src/integrations/lib/host-headers.ts states; this one is for `astro dev`.
  return new Response(xml, { headers: { 'Content-Type': FILE_TYPES['xml'] ?? 'application/xml' } });
};
