/**
 * The components an MDX section may use: editors write `<Cite n={3} />` or `<LabTable />`, never a language. A
 * page renders each section with the set bound to that section's language, so the side-by-side view can show
 * both languages' components on one page.
 */
import { jsx } from 'astro/jsx-runtime';
import { useTranslations, type Translator } from '../../i18n/index.ts';
import type { Locale } from '../../lib/locales.ts';
import Cite from './Cite.astro';
import Figure from './Figure.astro';
import LabChart from './LabChart.astro';
import LabTable from './LabTable.astro';

const COMPONENTS = { Cite, Figure, LabTable, LabChart };

/** What every MDX component is given besides its own attributes: its section's language, and a translator for it. */
export interface InSection {
  locale: Locale;
  t: Translator;
}

/**
 * What the MDX pipeline stamps on a component (src/lib/mdx-section-model.ts), for its root element to carry: a
 * block's place in its section (`data-block`) and `data-place`, a citation's id.
 */
export interface Stamped {
  id?: string;
  'data-block'?: string;
  'data-place'?: string;
}

/** The MDX components, each given its section's language and translator (see `InSection`). */
export function mdxComponents(locale: Locale) {
  const t = useTranslations(locale);
  const bind = (Component: (typeof COMPONENTS)[keyof typeof COMPONENTS]) => (props: Record<string, unknown>) =>
    jsx(Component, { ...props, locale, t });
  return Object.fromEntries(Object.entries(COMPONENTS).map(([name, Component]) => [name, bind(Component)]));
}
