/**
 * The components an MDX section may use: editors write `<Cite n={3} />` or `<LabTable />`, never a language. A
 * page renders each section with the set bound to that section's language, so the side-by-side view can show
 * both languages' components on one page.
 */
import { jsx } from 'astro/jsx-runtime';
import { createComponent, type AstroComponentFactory } from 'astro/runtime/server/index.js';
import { useTranslations, type Translator } from '../../i18n/index.ts';
import { elementProps, READING_IDS, type SectionIds } from '../../site/section-ids.ts';
import type { Locale } from '../../i18n/locales.ts';
import Block from './Block.astro';
import Cite from './Cite.astro';
import Figure from './Figure.astro';
import LabChart from './LabChart.astro';
import LabTable from './LabTable.astro';

const COMPONENTS = { Cite, Figure, LabTable, LabChart };

// Markdown's own elements that can be a top-level block (and so carry an id and `data-place`), and links, which
// can point at an id of the section.
const ELEMENTS = ['p', 'ul', 'ol', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'pre', 'hr', 'a'];

/** What every MDX component is given besides its own attributes: its section's language, a translator, its ids. */
export interface InSection {
  locale: Locale;
  t: Translator;
  /** How the view renders the section's ids (src/site/section-ids.ts): DOM ids are `domId(ids, id, …)`, lookups `id`. */
  ids: SectionIds;
}

/**
 * What the MDX pipeline stamps on a component (src/mdx/pipeline.ts), for its root element to carry: a
 * block's place in its section (`data-block`) and `data-place`, a citation's id.
 */
export interface Stamped {
  id?: string;
  'data-block'?: string;
  'data-place'?: string;
}

type Component = (props: Record<string, unknown>) => unknown;

/**
 * An Astro component with some props bound, still an Astro component, so that what MDX nests in it reaches it as its
 * slot (`Astro.slots.render`), as it does an Astro component used directly.
 */
export function withProps(Component: AstroComponentFactory, bound: Record<string, unknown>): AstroComponentFactory {
  return createComponent({
    factory: (result: unknown, props: Record<string, unknown>, slots: unknown) =>
      Component(result, { ...props, ...bound }, slots),
    ...(Component.moduleId === undefined ? {} : { moduleId: Component.moduleId }),
    ...(Component.propagation === undefined ? {} : { propagation: Component.propagation }),
  });
}

export interface MdxOptions {
  /** How the section renders its ids; the reading pages' by default. */
  ids?: SectionIds;
  /**
   * Where the section's own heading stands above the h2 its subheadings are written under (`###` is an h3): 1 when
   * its title is the page's h1 (the first section of a page other than home), so that `###` is an h2 there.
   */
  headingRaise?: number;
  /** What renders each top-level `<Block id>` (an Astro component, see `withProps`); by default the block alone. */
  Block?: AstroComponentFactory;
}

/**
 * The MDX components, each given its section's language, translator and ids (see `InSection`), and the `Block`
 * every top-level block is wrapped in. Where the view changes ids (the side-by-side view), Markdown's own elements
 * render theirs through `elementProps`; on the reading pages they render as compiled.
 */
export function mdxComponents(
  locale: Locale,
  options: MdxOptions = {},
): Record<string, Component | AstroComponentFactory> {
  const t = useTranslations(locale);
  const { ids = READING_IDS } = options;
  const changesIds = ids !== READING_IDS;
  const bind =
    (Component: (typeof COMPONENTS)[keyof typeof COMPONENTS]): Component =>
    (props) =>
      jsx(Component, { ...props, ...(ids.places ? {} : { 'data-place': undefined }), locale, t, ids });
  const element =
    (tag: string): Component =>
    (props) =>
      jsx(tag, elementProps(ids, props));
  const raise = options.headingRaise ?? 0;
  const heading =
    (level: number): Component =>
    (props) =>
      jsx(`h${level - raise}`, changesIds ? elementProps(ids, props) : props);
  return {
    ...Object.fromEntries(Object.entries(COMPONENTS).map(([name, Component]) => [name, bind(Component)])),
    ...(changesIds ? Object.fromEntries(ELEMENTS.map((tag) => [tag, element(tag)])) : {}),
    ...(raise ? Object.fromEntries([3, 4, 5, 6].map((level) => [`h${level}`, heading(level)])) : {}),
    Block: options.Block ?? Block,
  };
}
