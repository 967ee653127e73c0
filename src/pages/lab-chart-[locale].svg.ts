import type { APIRoute, GetStaticPaths } from 'astro';
import { labChart } from '../data/lab-chart.ts';
import { panelSheet } from '../lib/lab-chart-svg.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';

/**
 * The lab chart's small multiples of one language (LabChart.astro shows each panel as an image of one of its
 * views), drawn at build time from the chart data with the site's colour tokens. Its path: labChartPanelsPath
 * (lib/urls.ts).
 */
export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data } = await labChart(params['locale'] as Locale);
  return new Response(panelSheet(data), { headers: { 'Content-Type': 'image/svg+xml' } });
};
