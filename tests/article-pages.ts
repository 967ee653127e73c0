/**
 * The real article's reading pages in order, with the sections each one reads: what the front matter of
 * content/article/ declares (`order`, `page`), written out here as the structure the tests expect. A change of
 * structure in the content is a change here too.
 */
export const ARTICLE_PAGES = [
  { slug: '', key: 'home', sections: ['abstract'] },
  { slug: 'introduction', key: 'introduction', sections: ['introduction'] },
  { slug: 'clinical-case', key: 'clinicalCase', sections: ['clinical-case'] },
  { slug: 'discussion', key: 'discussion', sections: ['discussion', 'conflicts'] },
  { slug: 'references', key: 'references', sections: [] },
] as const satisfies readonly { slug: string; key: string; sections: readonly string[] }[];

/** The real article's sections in reading order. */
export const ARTICLE_SECTIONS = ARTICLE_PAGES.flatMap((p) => p.sections);

/**
 * The real article's full translation notice on the Spanish pages (its authors wrote the Spanish title, abstract and
 * keywords: `authorsSpanish`; the journal published it first in Spanish: `original`, in content/metadata/article.yaml),
 * word for word as the pages, PDF and JATS print it.
 */
export const ARTICLE_TRANSLATION_NOTICE_ES =
  'El título, el resumen y las palabras clave en español son los publicados por los autores. El resto del texto en ' +
  'español es traducción propia de este sitio a partir de la edición en inglés de la revista. La revista publicó el ' +
  'artículo primero en español (Reumatol Clin. 2021;17:559–561); el texto completo de ese original no se reproduce ' +
  'aquí. El texto en inglés, tal como se publicó:';
