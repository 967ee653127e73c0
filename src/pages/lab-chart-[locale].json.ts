import type { APIRoute, GetStaticPaths } from 'astro';
import { labChart } from '../data/lab-chart.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';

/**
 * What the lab chart's island draws, in one language: the chart data and strings, kept out of the page's HTML.
 * The <lab-chart> element (LabChart.astro) fetches it when the chart comes into view, for
 * scripts/lab-chart-render.ts. Its path: labChartDataPath (lib/urls.ts).
 */
export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data, strings } = await labChart(params['locale'] as Locale);
  return new Response(JSON.stringify({ data, strings }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
