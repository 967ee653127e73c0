/**
 * Names of file formats and identifiers. They are proper names, written alike in every language, so they live
 * here as constants rather than as translations in src/i18n/.
 */

/** The download label of each format: its name and the extension of its file. */
export const FORMAT_LABELS = {
  bibtex: 'BibTeX (.bib)',
  ris: 'RIS (.ris)',
  csl: 'CSL-JSON (.json)',
  jats: 'JATS XML (.xml)',
  /** Followed by the file's size, in the reader's language: "PDF (139 kB)". */
  pdf: 'PDF',
} as const;

/** The name of each identifier of the article. */
export const IDENTIFIER_NAMES = {
  doi: 'DOI',
  pmid: 'PMID',
  pmcid: 'PMCID',
} as const;
