/**
 * The lab chart of one table in one language, as the page's component and the endpoints of its panels and its
 * island's data all draw it: the document's chart data and caveat, and the strings its Chart.js configuration writes.
 */
import { getLabTables } from './article.ts';
import { getDocument } from './document.ts';
import { useTranslations } from '../i18n/index.ts';
import type { ChartStrings } from '../lab-chart/config.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

/** One table's chart in one language: its table, how a sentence names it, its island's strings, its caveat, its data. */
export async function labChart(tableId: string, locale: Locale) {
  const found = (await getDocument(locale)).labTables[tableId];
  if (!found) throw new Error(`labs/${tableId}.yaml: no lab table has the id "${tableId}"`);
  const { table, chart, caveat } = found;
  const t = useTranslations(locale);
  const mention = table.mention[locale];
  const strings: ChartStrings = {
    canvasLabel: t('labs.chart.canvasLabel', { table: mention }),
    allUln: t('labs.chart.allUln'),
    ulnAxis: t('labs.chart.ulnAxis'),
    censored: t('labs.chart.censoredNote'),
    censoredLegend: t('labs.censored'),
  };
  return { table, mention, strings, caveat, data: chart };
}

/**
 * Every chart's files: one per lab table and language, `lab-chart-<table>-<locale>` (the `chart` parameter of
 * src/pages/lab-chart-[chart].*.ts; site/urls.ts names the same paths).
 */
export async function labChartPaths() {
  const tables = Object.keys(await getLabTables());
  return tables.flatMap((table) =>
    LOCALES.map((locale) => ({ params: { chart: `${table}-${locale}` }, props: { table, locale } })),
  );
}
