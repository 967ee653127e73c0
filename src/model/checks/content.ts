/**
 * Checks that span files: both locales have every section, citations point at references that exist, every
 * reference is cited, each section's English and Spanish blocks pair one to one, and each pair of blocks says the
 * same numbers with the same units, names the same drugs and terms, and keeps the clinical terms of the content's
 * bilingual list (content/terms/terms.yaml), in the same order; a Spanish decimal is written with the comma the
 * Spanish uses. Each problem names the file, the block and what differs, so that a content editor can mend it.
 * Schema checks of single files live in schemas.ts; the blocks and citations checked here are the section model
 * that rendering uses (section-model.ts).
 */
import { componentLabTable, componentSpec, isComponentName } from '../../mdx/components.ts';
import type { Locale } from '../../i18n/locales.ts';
import { ContentError, type Block, type ModelledSection } from '../section-model.ts';
import { decimalPointProblems, termsOf, translationProblems, type TermsOptions } from './translation.ts';

export * from './translation.ts';
export type { ModelledSection } from '../section-model.ts';

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

/**
 * Every `<LabTable id>` and `<LabChart table>` that names no lab table (`tables`: the ids of content/labs/*.yaml),
 * as messages naming the file and the block.
 */
export function labTableProblems(sources: readonly ModelledSection[], tables: readonly string[]): string[] {
  const problems: string[] = [];
  const known = tables.length ? tables.join(', ') : 'none: add content/labs/<id>.yaml';
  for (const source of sources)
    source.model.blocks.forEach((block, i) => {
      const name = block.kind.slice(1, -1);
      const attribute = isComponentName(name) ? componentSpec(name).labTable : undefined;
      const id = componentLabTable(name, block.attributes);
      if (!attribute || id === undefined) return;
      if (!tables.includes(id))
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
  /** The content's bilingual list of units and clinical terms; without it, numbers are compared alone. */
  terms?: TermsOptions;
  /**
   * Where else the Spanish writes decimals with a comma, for the decimal-point check: e.g. the lab tables, which
   * the Spanish pages print with decimal commas ("Table 1, content/labs/table-1.yaml, printed …").
   */
  spanishDecimalComma?: string;
}

/**
 * Runs every cross-file check and throws one ContentError listing all problems. That both languages have every
 * section is the structure's check (sections.ts), which runs first.
 */
export function checkArticle(
  sources: ModelledSection[],
  referenceIds: string[],
  referencesFile: string,
  { drugs = [], authorsSpanish = [], terms, spanishDecimalComma }: CheckOptions = {},
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
    else problems.push(...translationProblems(en, es, drugs, kept, authorsSpanish, terms));
  }
  problems.push(...decimalPointProblems(sources, spanishDecimalComma));
  if (problems.length) throw new ContentError(problems);
}
