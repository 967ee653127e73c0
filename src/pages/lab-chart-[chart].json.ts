import type { APIRoute, GetStaticPaths } from 'astro';
import { labChart, labChartPaths } from '../data/lab-chart.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * What a lab chart's island draws, for one table in one language: the chart data and strings, kept out of the
 * page's HTML. The <lab-chart> element (LabChart.astro) fetches it when the chart comes into view, for
 * lab-chart/island.ts. Its path: labChartDataPath (site/urls.ts).
 */
export const getStaticPaths = labChartPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { table, locale } = props as { table: string; locale: Locale };
  const { data, strings } = await labChart(table, locale);
  return new Response(JSON.stringify({ data, strings }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
