/**
 * The lab chart of one language, as the page's component and the endpoints of its panels and its island's data
 * all draw it: the lab table's chart data and the strings its Chart.js configuration writes.
 */
import { getLabTable } from './article.ts';
import { useTranslations } from '../i18n/index.ts';
import type { ChartStrings } from '../lib/lab-chart-config.ts';
import { chartData } from '../lib/lab-chart-data.ts';
import type { Locale } from '../lib/locales.ts';

export async function labChart(locale: Locale) {
  const table = await getLabTable();
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
