/**
 * The components an MDX section may use: editors write `<Cite n={3} />` or `<LabTable />`, never a language. A
 * page renders each section with the set bound to that section's language, so the side-by-side view can show
 * both languages' components on one page.
 */
import { jsx } from 'astro/jsx-runtime';
import type { Locale } from '../../lib/locales.ts';
import Cite from './Cite.astro';
import Figure from './Figure.astro';
import LabChart from './LabChart.astro';
import LabTable from './LabTable.astro';

const COMPONENTS = { Cite, Figure, LabTable, LabChart };

/** The MDX components, each given `locale`. */
export function mdxComponents(locale: Locale) {
  const bind = (Component: (typeof COMPONENTS)[keyof typeof COMPONENTS]) => (props: Record<string, unknown>) =>
    jsx(Component, { ...props, locale });
  return Object.fromEntries(Object.entries(COMPONENTS).map(([name, Component]) => [name, bind(Component)]));
}
