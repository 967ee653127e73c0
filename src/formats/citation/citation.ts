/**
 * The article's citation, built once as CSL-JSON from the metadata and turned into every format by citation-js
 * (https://citation.js.org): the Vancouver text on the page, and the BibTeX, RIS and CSL-JSON downloads.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { aheadOfPrint, dateParts, publicationDate, publicationYear } from '../../model/record.ts';
import type { ArticleMetadata } from '../../model/schemas.ts';

// BibTeX in UTF-8 ("Pérez"), as Zotero, Better BibTeX and biber read it, rather than LaTeX accents ("P{\' e}rez")
// that some readers turn into decomposed characters.
(plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }).format.asciiOnly = false;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** The one citation key every format uses: first author's family name in ASCII, then the year ("FigueroPerez2021"). */
export function citationKey(meta: ArticleMetadata): string {
  const family = meta.authors[0]?.family ?? 'article';
  return `${family.normalize('NFD').replace(/[^A-Za-z]/g, '')}${publicationYear(meta)}`;
}

/**
 * The article as a CSL-JSON item (the English edition the DOI names): the issue's volume, number and pages only
 * where it has them, dated by its issue (or, ahead of print, by its day online, its status saying so), PubMed's
 * identifiers only once PubMed has given them.
 */
export function cslItem(meta: ArticleMetadata): Record<string, unknown> {
  const issue = meta.publication.issue;
  const first = issue?.articleNumber ?? issue?.firstPage;
  const page = first && issue?.lastPage && !issue.articleNumber ? `${first}-${issue.lastPage}` : first;
  return {
    id: citationKey(meta),
    'citation-key': citationKey(meta),
    type: 'article-journal',
    title: meta.title.en,
    author: meta.authors.map((a) => ({ family: a.family, given: a.given })),
    'container-title': meta.journal.title,
    'container-title-short': meta.journal.abbreviation,
    publisher: meta.journal.publisher,
    ...(issue?.volume ? { volume: issue.volume } : {}),
    ...(issue?.number ? { issue: issue.number } : {}),
    ...(page ? { page } : {}),
    issued: { 'date-parts': [dateParts(publicationDate(meta))] },
    ...(aheadOfPrint(meta) ? { status: 'Epub ahead of print' } : {}),
    DOI: meta.doi,
    ...(meta.pmid ? { PMID: meta.pmid } : {}),
    ...(meta.pmcid ? { PMCID: meta.pmcid } : {}),
    URL: `https://doi.org/${meta.doi}`,
    language: 'en',
    keyword: meta.keywords.en.join(','),
  };
}

const cite = (meta: ArticleMetadata) => new Cite(cslItem(meta));

/**
 * The Vancouver citation as plain text (citation-js's bundled Vancouver CSL style), with the DOI closed by a full
 * stop as NLM's Citing Medicine writes it ("…:559–61. doi:10.1016/j.x. PubMed PMID: …"): the style runs the DOI
 * straight into "PubMed PMID" with no stop between.
 */
export function vancouverCitation(meta: ArticleMetadata): string {
  const text = cite(meta).format('bibliography', { format: 'text', template: 'vancouver', lang: 'en-US' });
  const doi = `doi:${meta.doi}`;
  const line = text
    .trim()
    .replace(/^1\.\s*/, '') // the style numbers its one entry; a lone citation has no number
    .replace(new RegExp(`${doi.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?!\\.)`), `${doi}.`);
  // Ahead of print, NLM ends the citation by saying so, after the DOI (Citing Medicine, chapter 1).
  return aheadOfPrint(meta) ? `${line} [Epub ahead of print]` : line;
}

/**
 * The citation file contents for each download format. citation-js writes them; what it leaves out or writes in a
 * form reference managers misread is mended here, each mend named below.
 */
export function citationFile(meta: ArticleMetadata, format: 'bibtex' | 'ris' | 'csl'): string {
  if (format === 'csl') return `${JSON.stringify([cslItem(meta)], null, 2)}\n`;
  if (format === 'bibtex') {
    const date = publicationDate(meta);
    const month = date.month ? MONTHS[date.month - 1] : undefined;
    const bibtex = cite(meta)
      .format('bibtex', { format: 'text' })
      .trim()
      // BibTeX styles expect the month as its three-letter macro, unbraced ("dec"), not a number.
      .replace(/\tmonth = \{\d+\},/, month ? `\tmonth = ${month},` : '')
      // PubMed's identifiers, in the fields Better BibTeX reads, once PubMed has given them.
      .replace(
        /\n\}$/,
        `\n${meta.pmid ? `\tpmid = {${meta.pmid}},\n` : ''}${meta.pmcid ? `\tpmcid = {${meta.pmcid}},\n` : ''}}`,
      );
    return `${bibtex}\n`;
  }
  const ris = cite(meta)
    .format('ris', { format: 'text' })
    .trim()
    // citation-js breaks RIS values every 70 characters, mid-word; readers rejoin such lines with a space
    // ("r espiratory"), so join every continuation line back onto its tag line.
    .replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, '')
    // RIS gives the first and last page tags of their own.
    .replace(/^SP {2}- (\S+)-(\S+)$/m, 'SP  - $1\nEP  - $2')
    // The PMID in M2, which Zotero reads into Extra as "PMID: …" (the PMCID is already in C2, as RIS defines).
    .replace(/^ER {2}-/m, meta.pmid ? `M2  - PMID: ${meta.pmid}\nER  -` : 'ER  -');
  return `${ris}\n`;
}
