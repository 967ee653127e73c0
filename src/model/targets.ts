/**
 * The places a link inside the article may point at (`[Table 1](#table-1)`): each body section and each block of a
 * component with an anchor of its own. Every format has them: the pages as ids, the PDF as labels, the JATS file as
 * the `id` of a `<sec>`, `<fig>` or `<table-wrap>`. The abstract and the conflicts are not among them: the PDF and
 * JATS set them apart (the front, the author notes), where no link can reach them.
 */
import { componentLabTable, componentSpec, isComponentName, type ComponentName } from '../mdx/components.ts';
import type { SectionRole } from './schemas.ts';
import type { SectionModel } from './section-model.ts';

/** What a link to an id of the article points at: a section, or the block of a component that has an anchor. */
export type Target =
  | { kind: 'section' }
  | {
      kind: 'component';
      component: ComponentName;
      /** What a cross-reference to it is (JATS `ref-type`), if the component says. */
      ref?: 'fig' | 'table';
      /** The lab table it shows, if any (a format with no chart links to the table instead). */
      labTable?: string;
    };

/** The link targets of one language's sections. */
export function linkTargets(
  sections: readonly { id: string; role?: SectionRole | undefined; model: SectionModel }[],
): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const section of sections) {
    if (section.role === undefined) targets.set(section.id, { kind: 'section' });
    for (const block of section.model.blocks) {
      const name = block.kind.slice(1, -1);
      if (!block.kind.startsWith('<') || !isComponentName(name) || !componentSpec(name).anchor) continue;
      const ref = componentSpec(name).target;
      const labTable = componentLabTable(name, block.attributes);
      targets.set(block.id, {
        kind: 'component',
        component: name,
        ...(ref ? { ref } : {}),
        ...(labTable ? { labTable } : {}),
      });
    }
  }
  return targets;
}
