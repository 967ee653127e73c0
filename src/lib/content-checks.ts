/**
 * Checks that span files: both locales have every section, citations point at references that exist, every
 * reference is cited, each section's English and Spanish blocks pair one to one, and each pair of blocks says the
 * same numbers and names the same drugs and terms in the same order. Each problem names the file
 * and what is wrong, so that a content editor can mend it. Schema checks of single files live in schemas.ts; the
 * blocks and citations checked here are the section model that rendering uses (section-model.ts).
 */
import type { Locale } from './locales.ts';
import { ContentError, type Block, type SectionModel, type SectionSource } from './section-model.ts';

const FIGURE_ATTRIBUTES = ['id', 'label', 'note'] as const;
const FIGURE_ATTRIBUTE_HELP: Record<(typeof FIGURE_ATTRIBUTES)[number], string> = {
  id: 'its anchor, e.g. fig-1',
  label: 'how the text refers to it, e.g. Fig. 1',
  note: 'what the image is, and that it is not reproduced here',
};

/** A section file with its model. */
export interface ModelledSection extends SectionSource {
  model: SectionModel;
}

/** Why the English and Spanish blocks of a section do not pair one to one, or null when they do. */
export function alignmentProblem(en: ModelledSection, es: ModelledSection): string | null {
  const left = en.model.blocks;
  const right = es.model.blocks;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const a = left[i];
    const b = right[i];
    if (a && b && a.kind === b.kind) continue;
    const describe = (block: Block | undefined) => (block ? `${block.kind} "${block.excerpt}"` : 'nothing');
    return (
      `section "${en.section}" does not align: block ${i + 1} is ${describe(a)} in ${en.file} ` +
      `but ${describe(b)} in ${es.file}. Each paragraph, list, table and figure needs its counterpart in the same place.`
    );
  }
  return null;
}

// The number marks of each language: the decimal one, and the one that may group thousands. A thin or no-break
// space groups thousands in either.
const NUMBER_MARKS: Record<Locale, { decimal: string; grouping: string }> = {
  en: { decimal: '.', grouping: ',' },
  es: { decimal: ',', grouping: '.' },
};
// A number: digits, perhaps grouped or with decimals (or ".71"), not part of a name such as COVID-19, IL-6 or pT4N1M0.
const NUMBER = /(?<![\p{L}\p{N}]|\p{L}-)(?:\d+(?:[.,\u00a0\u2009\u202f]\d+)*|[.,]\d+)/gu;

/** The numbers of a text in reading order, written the same way whatever the language ("0,71", ".71" → "0.71"). */
export function numbersOf(text: string, locale: Locale): string[] {
  const { decimal, grouping } = NUMBER_MARKS[locale];
  return [...text.matchAll(NUMBER)].map(([written]) => {
    let digits = written.replace(/[\u00a0\u2009\u202f]/g, '');
    // Groups of three after the grouping mark are thousands ("2,400", "2.400"); any other mark is a decimal one.
    const grouped = new RegExp(`^\\d{1,3}(?:\\${grouping}\\d{3})+(?:\\${decimal}\\d+)?$`);
    if (grouped.test(digits)) digits = digits.replaceAll(grouping, '');
    const value = Number(digits.replace(/[.,]/g, '.'));
    return Number.isNaN(value) ? written : String(value);
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// A part of a word that no translation changes: it holds a digit, or a capital after its first letter (RNA, CoV).
const NAME_PART = /\p{N}|^.+\p{Lu}/u;

/**
 * The names in a text that a translation may keep as they are, in reading order: the drugs (matched whatever their
 * case, and named as in `drugs`) and words or parts of words that hold a digit or an inner capital (SARS-CoV-2, IL-6
 * of "anti-IL-6", RNA, HCQ, pT4N1M0). Plain numbers are left to `numbersOf`.
 */
export function termsOf(text: string, drugs: readonly string[]): string[] {
  const found: { at: number; term: string }[] = [];
  const taken: [number, number][] = [];
  for (const drug of drugs)
    for (const match of text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(drug)}(?![\\p{L}\\p{N}])`, 'giu'),
    )) {
      found.push({ at: match.index, term: drug.toLowerCase() });
      taken.push([match.index, match.index + match[0].length]);
    }
  for (const word of text.matchAll(/[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*/gu)) {
    if (taken.some(([start, end]) => word.index >= start && word.index < end)) continue;
    // The longest runs of name-like parts: "anti-IL-6" holds "IL-6", "LPV/r" holds "LPV".
    let at = word.index;
    let run: { at: number; parts: string[] } | undefined;
    const close = () => {
      const term = run?.parts.join('') ?? '';
      if (run && /\p{L}/u.test(term)) found.push({ at: run.at, term });
      run = undefined;
    };
    for (const part of word[0].split(/([-/])/)) {
      if (part === '-' || part === '/') run?.parts.push(part);
      else if (NAME_PART.test(part)) {
        run ??= { at, parts: [] };
        run.parts.push(part);
      } else {
        if (run && /[-/]$/.test(run.parts.at(-1) ?? '')) run.parts.pop();
        close();
      }
      at += part.length;
    }
    close();
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.term);
}

const list = (items: readonly string[]) => (items.length ? items.join(', ') : 'none');
const isSubsequence = (part: readonly string[], whole: readonly string[]) => {
  let i = 0;
  for (const item of whole) if (item === part[i]) i++;
  return i === part.length;
};

/**
 * Why an aligned pair of blocks does not say the same thing, for each pair that does not: the same numbers in the
 * same order, and the same names that do not translate (`kept`: the terms found in both languages of the article)
 * first named in the same order.
 */
export function translationProblems(
  en: ModelledSection,
  es: ModelledSection,
  drugs: readonly string[],
  kept: ReadonlySet<string>,
  authorsSpanish: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  // The authors' own Spanish, published with the article (the metadata's `authorsSpanish` says which): it may leave
  // out a number of the English (it does not repeat "2019"), but neither change, add nor reorder one.
  const authors = authorsSpanish.includes(en.section);
  en.model.blocks.forEach((left, i) => {
    const right = es.model.blocks[i];
    if (!right) return;
    const where = `${es.file}, block ${i + 1} ("${right.excerpt}")`;
    const numbers = [numbersOf(left.text, 'en'), numbersOf(right.text, 'es')] as const;
    const sameNumbers = authors ? isSubsequence(numbers[1], numbers[0]) : numbers[0].join(' ') === numbers[1].join(' ');
    if (!sameNumbers)
      problems.push(
        `${where}: numbers ${list(numbers[0])} in English but ${list(numbers[1])} in Spanish ` +
          `(${en.file}, block ${i + 1}): a translation keeps every number, in the same order`,
      );
    const named = (text: string) => [...new Set(termsOf(text, drugs).filter((t) => kept.has(t)))];
    const terms = [named(left.text), named(right.text)] as const;
    if (terms[0].join(' ') !== terms[1].join(' '))
      problems.push(
        `${where}: names ${list(terms[0])} in English but ${list(terms[1])} in Spanish ` +
          `(${en.file}, block ${i + 1}): a translation names the same drugs and terms, first in the same order`,
      );
  });
  return problems;
}

/**
 * Every `<LabTable id>` and `<LabChart table>` that names no lab table (`tables`: the ids of content/labs/*.yaml),
 * as messages naming the file and the block.
 */
export function labTableProblems(sources: readonly ModelledSection[], tables: readonly string[]): string[] {
  const problems: string[] = [];
  const known = tables.length ? tables.join(', ') : 'none: add content/labs/<id>.yaml';
  for (const source of sources)
    source.model.blocks.forEach((block, i) => {
      const attribute = block.kind === '<LabTable>' ? 'id' : block.kind === '<LabChart>' ? 'table' : undefined;
      if (!attribute) return;
      const id = block.attributes[attribute];
      if (!id)
        problems.push(
          `${source.file}: block ${i + 1}: ${block.kind} needs ${attribute}="…", the id of a lab table (${known})`,
        );
      else if (!tables.includes(id))
        problems.push(
          `${source.file}: block ${i + 1}: ${block.kind} ${attribute}="${id}" names no lab table (the tables are: ${known})`,
        );
    });
  return problems;
}

/** What the article's metadata tells the checks. */
export interface CheckOptions {
  /** The article's drug names (`about.drugs`), which a translation may keep as they are. */
  drugs?: readonly string[];
  /** The sections whose Spanish is the authors' own (from `authorsSpanish`), checked more leniently. */
  authorsSpanish?: readonly string[];
}

/**
 * Runs every cross-file check and throws one ContentError listing all problems. That both languages have every
 * section is the structure's check (sections.ts), which runs first.
 */
export function checkArticle(
  sources: ModelledSection[],
  referenceIds: string[],
  referencesFile: string,
  { drugs = [], authorsSpanish = [] }: CheckOptions = {},
): void {
  const problems: string[] = [];

  const known = new Set(referenceIds.map(Number));
  const cited = new Set<number>();
  for (const source of sources)
    source.model.citations.forEach(({ reference: n }, i) => {
      if (Number.isNaN(n)) problems.push(`${source.file}: citation ${i + 1}: <Cite n={…} /> needs a reference number`);
      else if (!known.has(n))
        problems.push(
          `${source.file}: citation ${i + 1}: <Cite n={${n}} /> points at reference ${n}, which is not in ${referencesFile}`,
        );
      else cited.add(n);
    });
  for (const n of known)
    if (!cited.has(n)) problems.push(`${referencesFile}: reference ${n}: is never cited in the text`);

  // A component's attributes are not typed in MDX: check the ones a reader would otherwise see missing.
  for (const source of sources)
    source.model.blocks.forEach((block, i) => {
      if (block.kind !== '<Figure>') return;
      for (const name of FIGURE_ATTRIBUTES)
        if (!block.attributes[name]?.trim())
          problems.push(`${source.file}: block ${i + 1}: <Figure> needs ${name}="…" (${FIGURE_ATTRIBUTE_HELP[name]})`);
    });

  // The names that stay the same in translation are those this article writes the same way in both languages.
  const termsIn = (locale: Locale) =>
    new Set(
      sources.filter((s) => s.locale === locale).flatMap((s) => s.model.blocks.flatMap((b) => termsOf(b.text, drugs))),
    );
  const spanishTerms = termsIn('es');
  const kept = new Set([...termsIn('en')].filter((term) => spanishTerms.has(term)));

  const cites = (s: ModelledSection) => s.model.citations.map((c) => c.reference).join(',');
  for (const en of sources.filter((s) => s.locale === 'en')) {
    const es = sources.find((s) => s.locale === 'es' && s.section === en.section);
    if (!es) continue;
    if (cites(en) !== cites(es))
      problems.push(
        `${es.file}: cites [${cites(es)}] but ${en.file} cites [${cites(en)}]: a translation cites what the English cites`,
      );
    const problem = alignmentProblem(en, es);
    if (problem) problems.push(problem);
    else problems.push(...translationProblems(en, es, drugs, kept, authorsSpanish));
  }
  if (problems.length) throw new ContentError(problems);
}
