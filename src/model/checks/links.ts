/**
 * Every `#id` link of a section points at a place the article has in every format (src/model/targets.ts): so the
 * pages, the PDF and the JATS file accept the same links, and a broken one fails the build naming the file and line.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { SectionRole } from '../schemas.ts';
import type { SectionModel } from '../section-model.ts';
import { linkTargets } from '../targets.ts';

interface LinkedSection {
  id: string;
  locale: string;
  role?: SectionRole | undefined;
  file: string;
  tree: Root;
  model: SectionModel;
}

/** The links of each language's sections that point at nothing every format has, as messages. */
export function linkProblems(sections: readonly LinkedSection[]): string[] {
  const problems: string[] = [];
  for (const locale of new Set(sections.map((s) => s.locale))) {
    const own = sections.filter((s) => s.locale === locale);
    const targets = linkTargets(own);
    for (const section of own)
      visit(section.tree, 'link', (node) => {
        if (!node.url.startsWith('#') || targets.has(node.url.slice(1))) return;
        problems.push(
          `${section.file}:${node.position?.start.line ?? '?'}: the link to "${node.url}" points at nothing the ` +
            `article has in every format (a section of the body, a figure, a lab table or chart: ${[...targets.keys()].join(', ')})`,
        );
      });
  }
  return problems;
}

/**
 * Two blocks of one language that render the same anchor (`<Figure id="fig-1">` twice, two charts with one `id`):
 * a link could reach only one, and the PDF refuses the second label. Each named with both files.
 */
export function duplicateAnchorProblems(
  sections: readonly { locale: string; file: string; model: SectionModel }[],
): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const section of sections)
    for (const block of section.model.blocks) {
      if (!block.kind.startsWith('<')) continue;
      const key = `${section.locale} ${block.id}`;
      const first = seen.get(key);
      if (first)
        problems.push(`${section.file}: the anchor "${block.id}" is also given in ${first}: give each its own id`);
      else seen.set(key, section.file);
    }
  return problems;
}
