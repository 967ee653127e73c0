import type { Reference } from './schemas.ts';

/** A reference split into the parts the reference list styles separately, in the source's Vancouver form. */
export interface ReferenceParts {
  authors: string;
  title: string;
  source: string;
  doi: string | undefined;
  note: string | undefined;
}

const endsSentence = (s: string) => /[.?!]$/.test(s);

/** Splits a reference into the printed parts: "Lai CC, …", "Title.", "Journal. 2020;55:105924". */
export function referenceParts(ref: Reference): ReferenceParts {
  const authors = ref.authors.join(', ') + (ref.etAl ? ', et al' : '');
  const title = endsSentence(ref.title) ? ref.title : `${ref.title}.`;
  const source =
    `${ref.journal}. ${ref.year}` + (ref.volume ? `;${ref.volume}` : '') + (ref.pages ? `:${ref.pages}` : '');
  return { authors, title, source, doi: ref.doi, note: ref.note };
}

/** The DOI as a link target (https://doi.org/…). */
export const doiUrl = (doi: string) => `https://doi.org/${doi}`;

/** The PubMed record of a PMID. */
export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;

/** The PubMed Central article of a PMCID. */
export const pmcUrl = (pmcid: string) => `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`;

/** A PubMed search for the reference's title, for references the source gives no identifier for. */
export const pubmedSearchUrl = (ref: Reference) =>
  `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(ref.title)}`;

/** The whole reference as one line of plain text, as printed (with the DOI as a doi.org URL). */
export function referenceText(ref: Reference): string {
  const p = referenceParts(ref);
  const link = p.doi ? `, ${doiUrl(p.doi)}` : ref.url ? `, ${ref.url}` : '';
  const note = p.note ? ` [${p.note}]` : '';
  return `${p.authors}. ${p.title} ${p.source}${link}${note}.`;
}
