/**
 * What the PDF must never break, and where the hyphenation patterns break wrongly: the typesetter's word lists, in
 * one place. Typst has no `\hyphenation{}`, and a soft hyphen typed into a word stays in the text layer (copying or
 * searching the word then fails), so the template applies these as show rules: a name or identifier is set in a box
 * (never broken, not even at its own hyphen), an exception is set without hyphenation. Pure: document.ts passes the
 * patterns to the template as data, and the unit tests read them as the template does (Rust's regex syntax, which
 * these patterns share with JavaScript's `u` flag).
 */
import { correspondingAuthors, printedName } from '../../model/record.ts';
import { referenceNames } from '../../model/references.ts';
import type { ArticleMetadata, Reference } from '../../model/schemas.ts';

/**
 * Words the hyphenation patterns of the PDF's languages break at a wrong point (English patterns give
 * "coron-avirus", not "corona-virus"): set without hyphenation, in any language. Add a word here, lower case, when
 * the PDFs show it broken wrongly.
 */
export const HYPHENATION_EXCEPTIONS = ['coronavirus', 'coronaviruses'] as const;

/** Names that are neither a person's nor an identifier's, and must not break: the database the PMCID belongs to. */
const NAMES = ['PubMed Central', 'PubMed'] as const;

// One part of a hyphenated word, and a part that marks it as a name or code rather than a compound of words: two
// capitals ("SARS", "IL"), a capital after a small letter ("CoV") or a digit ("19", "2").
const PART = String.raw`[\p{L}\p{N}]+`;
const MARKED = String.raw`[\p{L}\p{N}]*(?:\p{Lu}\p{Lu}|\p{Ll}\p{Lu}|\p{N})[\p{L}\p{N}]*`;

/**
 * A hyphenated identifier ("SARS-CoV-2", "COVID-19", "anti-IL-6", "disease-2019"), kept whole at a line end: a
 * break at its own hyphen reads as two words. Compounds of ordinary words ("broad-spectrum",
 * "piperacillin-tazobactam") may still break at their hyphen.
 */
export const IDENTIFIER = String.raw`\b(?:${PART}-)*${MARKED}(?:-${PART})+\b|\b(?:${PART}-)+${MARKED}\b`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A family name without a reference's initials ("Lai CC" → "Lai", "Wampler Muskardin TL" → "Wampler Muskardin"). */
const familyOf = (vancouver: string) => vancouver.replace(/\s+\p{Lu}{1,3}$/u, '');

/**
 * The personal names the article prints (its authors, in full and in Vancouver form, and the references' authors,
 * with and without initials), and the database names: none is hyphenated or broken, in the byline, How to cite,
 * the text ("Monteagudo et al.") or the references. Longest first, so "Figuero-Pérez L" is one name, not
 * "Figuero-Pérez" and then "L".
 */
export function names(meta: Pick<ArticleMetadata, 'authors'>, references: Reference[]): string[] {
  const initials = (given: string) =>
    given
      .split(/[\s.-]+/)
      .filter(Boolean)
      .map((g) => g[0])
      .join('');
  const all = [
    ...meta.authors.flatMap((a) => [`${a.given} ${a.family}`, `${a.family} ${initials(a.given)}`, a.family]),
    ...correspondingAuthors(meta).map(printedName),
    ...references.flatMap((r) => referenceNames(r).flatMap((a) => [a, familyOf(a)])),
    ...NAMES,
  ];
  return [...new Set(all.filter((n) => n.trim()))].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** The patterns the template's show rules apply (see article.typ). */
export interface Typesetting {
  /** Names and identifiers, each set in a box. */
  whole: string;
  /** Words set without hyphenation (case-insensitive). */
  unhyphenated: string;
}

/** The template's word lists for this article, as regular expressions. */
export function typesetting(meta: Pick<ArticleMetadata, 'authors'>, references: Reference[]): Typesetting {
  const named = names(meta, references).map(escapeRegExp).join('|');
  return {
    whole: `\\b(?:${named})\\b|${IDENTIFIER}`,
    unhyphenated: `(?i)\\b(?:${HYPHENATION_EXCEPTIONS.map(escapeRegExp).join('|')})\\b`,
  };
}
