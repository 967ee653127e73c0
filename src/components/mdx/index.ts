/**
 * The components an MDX section may use, bound to each locale: editors write `<Cite n={3} />` or `<LabTable />`
 * and the page passes the set for its language (each wrapper only adds `locale`).
 */
import type { Locale } from '../../lib/locales.ts';
import CiteEn from './en/Cite.astro';
import FigureEn from './en/Figure.astro';
import LabChartEn from './en/LabChart.astro';
import LabTableEn from './en/LabTable.astro';
import CiteEs from './es/Cite.astro';
import FigureEs from './es/Figure.astro';
import LabChartEs from './es/LabChart.astro';
import LabTableEs from './es/LabTable.astro';

export const mdxComponents = {
  en: { Cite: CiteEn, Figure: FigureEn, LabTable: LabTableEn, LabChart: LabChartEn },
  es: { Cite: CiteEs, Figure: FigureEs, LabTable: LabTableEs, LabChart: LabChartEs },
} satisfies Record<Locale, Record<string, unknown>>;
