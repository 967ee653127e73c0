/**
 * The checks of a translation, pair of blocks by pair of blocks: the same numbers with the same units, the same names
 * that do not translate, the clinical terms of the content's bilingual list (content/terms/terms.yaml) in the same
 * order; a Spanish decimal written with the comma the Spanish uses. Each problem names the file, the block and what
 * differs.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { TermsList } from '../schemas.ts';
import type { Block, ModelledSection } from '../section-model.ts';

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

/** The units and clinical terms the translation checks compare, as the content lists them, and the list's file. */
export interface TermsOptions {
  list: Pick<TermsList, 'units' | 'terms'>;
  /** The file the list was read from, named in messages. */
  file: string;
}

/** A number as written, with the unit after it (an index into the list's units, or -1 for none). */
export interface Measure {
  value: string;
  unit: number;
  /** The number with its unit, as the text writes them ("14 días"), or the number alone. */
  written: string;
  /** The word after a number that has no unit of the list ("g/kg" of "8 g/kg"), for messages. */
  after: string;
}

// A unit ends where no letter, digit or further "/…" follows: "g" is not read out of "g/kg".
const UNIT_END = '(?![\\p{L}\\p{N}/])';
const alternation = (forms: string[]) =>
  [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp);

/** Each form of a list's entries in one language, with the entry it stands for. */
function formIndex(entries: TermsList['units'], locale: Locale, fold: (form: string) => string) {
  const index = new Map<string, number>();
  entries.forEach((entry, i) => entry[locale].forEach((form) => index.set(fold(form), i)));
  return index;
}

/**
 * The numbers of a text in reading order, each with the unit that follows it, in the language's own forms of the
 * list's units ("14 días" and "14 days" are both 14 of the same unit; "100 g" is not "100 mg"); the value is
 * written as `numbersOf` writes it.
 */
export function measuresOf(text: string, locale: Locale, units: TermsList['units'] = []): Measure[] {
  const index = formIndex(units, locale, (form) => form);
  const forms = alternation([...index.keys()]);
  const unit = new RegExp(`[\\s\\u00a0\\u202f\\u2009]*(${forms.join('|') || '(?!)'})${UNIT_END}`, 'uy');
  const word = /[\s\u00a0\u202f\u2009]*([^\s,;:()[\]]+)/uy;
  const values = numbersOf(text, locale);
  return [...text.matchAll(NUMBER)].map((match, i) => {
    unit.lastIndex = word.lastIndex = match.index + match[0].length;
    const found = unit.exec(text)?.[1];
    return {
      value: values[i] ?? match[0],
      unit: found === undefined ? -1 : (index.get(found) ?? -1),
      written: found === undefined ? match[0] : text.slice(match.index, unit.lastIndex).replace(/\s+/gu, ' '),
      after: found === undefined ? (word.exec(text)?.[1] ?? '') : '',
    };
  });
}

/** A number and its unit as a message shows them: a word after it that is no unit of the list is named so. */
const shownMeasure = (m: Measure, file: string) =>
  m.unit >= 0 || !m.after ? m.written : `${m.written} ${m.after} ("${m.after}" is no unit of ${file})`;

/** A clinical term of the list as a text writes it: the entry it stands for, and the words as written. */
export interface TermUse {
  term: number;
  written: string;
}

/** The list's clinical terms in a text, in reading order: whole words, whatever their case, the longest form first. */
export function clinicalTermsOf(text: string, locale: Locale, terms: TermsList['terms'] = []): TermUse[] {
  const fold = (form: string) => form.toLocaleLowerCase(locale).replace(/\s+/g, ' ');
  const index = formIndex(terms, locale, fold);
  if (!index.size) return [];
  // A form of several words matches across any white space ("continuous\ninfusion").
  const forms = alternation([...index.keys()]).map((form) => form.replace(/ /g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map(([written]) => ({ term: index.get(fold(written)) ?? -1, written }));
}

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/**
 * Where the Spanish writes a decimal with a point ("38.5") though it writes decimals with a comma: in the same
 * block, elsewhere in its text, or where `elsewhere` says (the lab tables, which the Spanish pages print with a
 * decimal comma). A point between groups of three digits groups thousands ("2.400") and is not a decimal.
 */
export function decimalPointProblems(sources: readonly ModelledSection[], elsewhere?: string): string[] {
  const spanish = sources.filter((s) => s.locale === 'es');
  const decimals = (text: string, mark: '.' | ',') =>
    [...text.matchAll(NUMBER)]
      .map(([written]) => written.replace(/[\u00a0\u2009\u202f]/g, ''))
      .filter((written) => written.includes(mark) && !/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(written));
  const commas = spanish.flatMap((s) =>
    s.model.blocks.flatMap((block, i) =>
      decimals(block.text, ',').map((written) => ({ file: s.file, block: i, written })),
    ),
  );
  const problems: string[] = [];
  for (const source of spanish)
    source.model.blocks.forEach((block, i) => {
      const points = decimals(block.text, '.');
      if (!points.length) return;
      const near = commas.find((c) => c.file === source.file && c.block === i) ?? commas[0];
      const evidence = near
        ? `"${near.written}" in ${near.file === source.file && near.block === i ? 'this block' : `${near.file}, block ${near.block + 1}`}`
        : elsewhere;
      if (!evidence) return;
      for (const written of points)
        problems.push(
          `${source.file}, block ${i + 1} ("${block.excerpt}"): "${written}" has a decimal point, but the Spanish ` +
            `writes decimals with a comma (${evidence}): write "${written.replace(/\./g, ',').replace(/^,/, '0,')}"`,
        );
    });
  return problems;
}
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

/** Where `part` stands in `whole` as a subsequence (the index of each of its items), or null when it does not. */
function subsequence<T>(part: readonly T[], whole: readonly T[], same: (a: T, b: T) => boolean): number[] | null {
  const at: number[] = [];
  let j = 0;
  for (const item of part) {
    while (j < whole.length && !same(item, whole[j]!)) j++;
    if (j === whole.length) return null;
    at.push(j++);
  }
  return at;
}

/** Where an aligned pair of blocks is, for messages. */
interface Pair {
  left: Block;
  right: Block;
  /** The Spanish block, named: "content/article/es/x.mdx, block 3 ("…")". */
  where: string;
  /** The English block, named: "(content/article/en/x.mdx, block 3)". */
  counterpart: string;
  /** The authors' own Spanish (`authorsSpanish`): it may leave a number or a term out, but not change one. */
  authors: boolean;
}

/** The same numbers, in the same order. */
function numberProblem({ left, right, where, counterpart, authors }: Pair): string | null {
  const numbers = [numbersOf(left.text, 'en'), numbersOf(right.text, 'es')] as const;
  const same = authors ? isSubsequence(numbers[1], numbers[0]) : numbers[0].join(' ') === numbers[1].join(' ');
  return same
    ? null
    : `${where}: numbers ${list(numbers[0])} in English but ${list(numbers[1])} in Spanish ` +
        `${counterpart}: a translation keeps every number, in the same order`;
}

/** Each number with its unit, the numbers paired as they pair (run once the numbers agree). */
function unitProblem({ left, right, where, counterpart, authors }: Pair, terms: TermsOptions): string | null {
  const units = terms.list.units;
  const measures = [measuresOf(left.text, 'en', units), measuresOf(right.text, 'es', units)] as const;
  const pairs = authors
    ? (subsequence(measures[1], measures[0], (a, b) => a.value === b.value) ?? []).map((j, k) => [j, k] as const)
    : measures[0].map((_, k) => [k, k] as const);
  const differ = pairs
    .map(([j, k]) => [measures[0][j]!, measures[1][k]!] as const)
    .filter(([a, b]) => a.unit !== b.unit)
    .map(([a, b]) => `${shownMeasure(a, terms.file)} in English but ${shownMeasure(b, terms.file)} in Spanish`);
  return differ.length
    ? `${where}: ${differ.join('; ')} ${counterpart}: a translation keeps each number's unit ` +
        `(${terms.file} lists each unit's forms in both languages)`
    : null;
}

/** The names that do not translate (drugs, SARS-CoV-2, IL-6), first named in the same order. */
function nameProblem({ left, right, where, counterpart }: Pair, drugs: readonly string[], kept: ReadonlySet<string>) {
  const named = (text: string) => [...new Set(termsOf(text, drugs).filter((t) => kept.has(t)))];
  const names = [named(left.text), named(right.text)] as const;
  return names[0].join(' ') === names[1].join(' ')
    ? null
    : `${where}: names ${list(names[0])} in English but ${list(names[1])} in Spanish ` +
        `${counterpart}: a translation names the same drugs and terms, first in the same order`;
}

/** The clinical terms of the content's list (routes, results), in the same order. */
function termProblem({ left, right, where, counterpart, authors }: Pair, terms: TermsOptions): string | null {
  const uses = [
    clinicalTermsOf(left.text, 'en', terms.list.terms),
    clinicalTermsOf(right.text, 'es', terms.list.terms),
  ];
  const ids = uses.map((u) => u.map((t) => t.term));
  const same = authors
    ? subsequence(ids[1]!, ids[0]!, (a, b) => a === b) !== null
    : ids[0]!.join(' ') === ids[1]!.join(' ');
  if (same) return null;
  const written = (u: readonly TermUse[]) => list(u.map((t) => t.written));
  const k = ids[0]!.findIndex((id, n) => id !== ids[1]![n]);
  const first = k < 0 ? ids[0]!.length : k;
  const [a, b] = [uses[0]![first], uses[1]![first]];
  const english = (u: TermUse) => terms.list.terms[u.term]?.en[0] ?? u.written;
  const detail = authors
    ? 'the authors’ Spanish may leave a term out, but neither change, add nor reorder one'
    : `the ${ordinal(first + 1)} is ${a ? `"${a.written}"` : 'missing'} in English but ` +
      `${b ? `"${b.written}"${a && english(a) === english(b) ? '' : ` ("${english(b)}")`}` : 'missing'} in Spanish`;
  return (
    `${where}: clinical terms ${written(uses[0]!)} in English but ${written(uses[1]!)} in Spanish ` +
    `${counterpart}: ${detail}; a translation keeps each term of ${terms.file}, in the same order`
  );
}

/**
 * Why an aligned pair of blocks does not say the same thing, for each pair that does not: the same numbers in the
 * same order, each with its unit (`terms`: the content's bilingual list); the same names that do not translate
 * (`kept`: the terms found in both languages of the article) first named in the same order; the list's clinical
 * terms in the same order.
 */
export function translationProblems(
  en: ModelledSection,
  es: ModelledSection,
  drugs: readonly string[],
  kept: ReadonlySet<string>,
  authorsSpanish: readonly string[] = [],
  terms?: TermsOptions,
): string[] {
  // The authors' own Spanish, published with the article (the metadata's `authorsSpanish` says which): it may leave
  // out a number or a term of the English (it does not repeat "2019"), but neither change, add nor reorder one.
  const authors = authorsSpanish.includes(en.section);
  return en.model.blocks.flatMap((left, i) => {
    const right = es.model.blocks[i];
    if (!right) return [];
    const pair: Pair = {
      left,
      right,
      where: `${es.file}, block ${i + 1} ("${right.excerpt}")`,
      counterpart: `(${en.file}, block ${i + 1})`,
      authors,
    };
    const numbers = numberProblem(pair);
    return [
      numbers ?? (terms ? unitProblem(pair, terms) : null),
      nameProblem(pair, drugs, kept),
      terms ? termProblem(pair, terms) : null,
    ].filter((p): p is string => p !== null);
  });
}
