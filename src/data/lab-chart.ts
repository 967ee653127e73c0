/**
 * The lab chart of one table in one language, as the page's component and the endpoints of its panels and its
 * island's data all draw it: the lab table's chart data and the strings its Chart.js configuration writes.
 */
import { getLabTable, getLabTables } from './article.ts';
import { useTranslations } from '../i18n/index.ts';
import type { ChartStrings } from '../lib/lab-chart-config.ts';
import { chartData } from '../lib/lab-chart-data.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';

export async function labChart(tableId: string, locale: Locale) {
  const table = await getLabTable(tableId);
  const t = useTranslations(locale);
  const mention = table.mention[locale];
  const strings: ChartStrings = {
    canvasLabel: t('labs.chart.canvasLabel', { table: mention }),
    allUln: t('labs.chart.allUln'),
    ulnAxis: t('labs.chart.ulnAxis'),
    censored: t('labs.chart.censoredNote'),
    censoredLegend: t('labs.censored'),
  };
  return { table, mention, strings, data: chartData(table, locale) };
}

/**
 * Every chart's files: one per lab table and language, `lab-chart-<table>-<locale>` (the `chart` parameter of
 * src/pages/lab-chart-[chart].*.ts; lib/urls.ts names the same paths).
 */
export async function labChartPaths() {
  const tables = Object.keys(await getLabTables());
  return tables.flatMap((table) =>
    LOCALES.map((locale) => ({ params: { chart: `${table}-${locale}` }, props: { table, locale } })),
  );
}
