/**
 * The article's typography, applied while MDX compiles (a Sätteri hast plugin, Astro's Markdown pipeline: the
 * equivalent of a rehype plugin), so editors keep typing ordinary spaces: every text node of the rendered text has
 * its numbers joined to their units (joinNumbersAndUnits). Only text nodes change: attributes (URLs among them),
 * expressions and code stay as written.
 */
import type { Parents } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { joinNumbersAndUnits } from '../model/typography.ts';

// Text that is code or a program's, not prose.
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);

const isVerbatim = (node: Readonly<Parents>) =>
  (node.type === 'element' || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
  VERBATIM.has((node.type === 'element' ? node.tagName : node.name) ?? '');

/** Joins numbers and their unit symbols with a no-break space in the text of an MDX document. */
export const hastJoinNumbersAndUnits: HastPluginDefinition = {
  name: 'case-report:join-numbers-and-units',
  text(node, ctx) {
    for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent))
      if (isVerbatim(parent)) return;
    const value = joinNumbersAndUnits(node.value);
    return value === node.value ? undefined : { type: 'text', value };
  },
};
