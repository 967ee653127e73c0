/**
 * The article's citation, built once as CSL-JSON from the metadata and turned into every format by citation-js
 * (https://citation.js.org): the Vancouver text on the page, and the BibTeX, RIS and CSL-JSON downloads.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { ArticleMetadata } from './schemas.ts';

/** The article as a CSL-JSON item (the English edition the DOI names). */
export function cslItem(meta: ArticleMetadata): Record<string, unknown> {
  const [year, month] = meta.issueDate.split('-').map(Number);
  const first = meta.authors[0];
  return {
    // A short citation key, as reference managers expect ("FigueroPerez2021").
    id: `${(first?.family ?? 'article').normalize('NFD').replace(/[^A-Za-z]/g, '')}${year}`,
    type: 'article-journal',
    title: meta.title.en,
    author: meta.authors.map((a) => ({ family: a.family, given: a.given })),
    'container-title': meta.journal.title,
    'container-title-short': meta.journal.abbreviation,
    publisher: meta.journal.publisher,
    volume: meta.volume,
    issue: meta.issue,
    page: `${meta.firstPage}-${meta.lastPage}`,
    issued: { 'date-parts': [[year, month]] },
    DOI: meta.doi,
    PMID: meta.pmid,
    PMCID: meta.pmcid,
    URL: `https://doi.org/${meta.doi}`,
    language: 'en',
    keyword: meta.keywords.en.join(','),
  };
}

const cite = (meta: ArticleMetadata) => new Cite(cslItem(meta));

/** The Vancouver citation as plain text (citation-js's bundled Vancouver CSL style). */
export function vancouverCitation(meta: ArticleMetadata): string {
  const text = cite(meta).format('bibliography', { format: 'text', template: 'vancouver', lang: 'en-US' });
  return text.trim().replace(/^1\.\s*/, ''); // the style numbers its one entry; a lone citation has no number
}

/** The citation file contents for each download format. */
export function citationFile(meta: ArticleMetadata, format: 'bibtex' | 'ris' | 'csl'): string {
  if (format === 'csl') return `${JSON.stringify([cslItem(meta)], null, 2)}\n`;
  if (format === 'bibtex') return `${cite(meta).format('bibtex', { format: 'text' }).trim()}\n`;
  // citation-js breaks RIS values every 70 characters, mid-word; readers rejoin such lines with a space
  // ("r espiratory"), so join every continuation line back onto its tag line.
  const ris = cite(meta).format('ris', { format: 'text' }).trim();
  return `${ris.replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, '')}\n`;
}
