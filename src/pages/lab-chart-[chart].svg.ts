import type { APIRoute, GetStaticPaths } from 'astro';
import { labChart, labChartPaths } from '../data/lab-chart.ts';
import { panelSheet, rootTokens, SHEET_TOKENS } from '../lib/lab-chart-svg.ts';
import type { Locale } from '../lib/locales.ts';
import globalCss from '../styles/global.css?raw';

/**
 * A lab chart's small multiples, for one table in one language (LabChart.astro shows each panel as an image of one
 * of its views), drawn at build time with the site's colour tokens. Its path: labChartPanelsPath (lib/urls.ts).
 */
export const getStaticPaths = labChartPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { table, locale } = props as { table: string; locale: Locale };
  const { data, strings } = await labChart(table, locale);
  return new Response(panelSheet(data, strings, rootTokens(globalCss, SHEET_TOKENS)), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
