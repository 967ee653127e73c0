import type { APIRoute, GetStaticPaths } from 'astro';
import { labChart, labChartPaths } from '../data/lab-chart.ts';
import { panelSheet } from '../lab-chart/svg.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * A lab chart's small multiples, for one table in one language (LabChart.astro shows each panel as an image of one
 * of its views), drawn at build time from the chart data with the site's colour tokens. Its path:
 * labChartPanelsPath (site/urls.ts).
 */
export const getStaticPaths = labChartPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { table, locale } = props as { table: string; locale: Locale };
  const { data } = await labChart(table, locale);
  return new Response(panelSheet(data), { headers: { 'Content-Type': 'image/svg+xml' } });
};
