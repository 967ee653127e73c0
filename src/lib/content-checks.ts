/**
 * Checks that span files: both locales have every section, citations point at references that exist, every
 * reference is cited, and each section's English and Spanish blocks pair one to one. Each problem names the file
 * and what is wrong, so that a content editor can mend it. Schema checks of single files live in schemas.ts; the
 * blocks and citations checked here are the section model that rendering uses (section-model.ts).
 */
import { LOCALES } from './locales.ts';
import { ContentError, type Block, type SectionModel, type SectionSource } from './section-model.ts';
import { isSectionId, SECTION_IDS } from './sections.ts';

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

/** Runs every cross-file check and throws one ContentError listing all problems. */
export function checkArticle(sources: ModelledSection[], referenceIds: string[], referencesFile: string): void {
  const problems: string[] = [];
  for (const source of sources)
    if (!isSectionId(source.section))
      problems.push(
        `${source.file}: "${source.section}" is not a section of the article (expected one of ${SECTION_IDS.join(', ')})`,
      );
  for (const section of SECTION_IDS)
    for (const locale of LOCALES)
      if (!sources.some((s) => s.section === section && s.locale === locale)) {
        const other = sources.find((s) => s.section === section);
        problems.push(
          `content/article/${locale}/${section}.mdx: is missing` +
            (other ? ` (${other.file} exists: every section needs both languages)` : ' in every language'),
        );
      }

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
  }
  if (problems.length) throw new ContentError(problems);
}
