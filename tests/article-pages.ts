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
