/**
 * Draws the interactive lab chart inside a <lab-chart> element, with the configuration the static picture is drawn
 * with (src/lab-chart/config.ts). Imported only when the chart scrolls into view; registers just the Chart.js
 * parts a line chart with a category and a linear or log axis needs.
 */
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { chartConfig, PALETTE_TOKENS, type ChartStrings, type Palette } from './config.ts';
import type { ChartData } from './data.ts';
import { interpolate } from '../i18n/interpolate.ts';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  Tooltip,
  Legend,
);

/** The theme's colours as canvas can use them: tokens are light-dark() pairs, so resolve each through a probe. */
function palette(): Palette {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const get = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const { series, ...single } = PALETTE_TOKENS;
  const colors = {
    ...(Object.fromEntries(Object.entries(single).map(([key, token]) => [key, get(token)])) as Omit<Palette, 'series'>),
    series: series.map(get),
  };
  probe.remove();
  return colors;
}

/** What the island draws: src/pages/lab-chart-[locale].json.ts writes it. */
export interface IslandData {
  data: ChartData;
  strings: ChartStrings;
}

/** Renders the chart into `root` and wires its analyte selector. */
export function render(root: HTMLElement, { data, strings }: IslandData): void {
  const canvas = root.querySelector('canvas');
  const select = root.querySelector('select');
  if (!canvas || !select) return;
  const options = () => ({
    colors: palette(),
    strings,
    animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    number: new Intl.NumberFormat(data.locale, { maximumSignificantDigits: 3 }),
  });
  const chart = new Chart(canvas, chartConfig(data, select.value, options()));

  // A new view or a new theme: the same configuration, rebuilt; colours resolve here, not on every frame.
  const update = () => {
    const next = chartConfig(data, select.value, options());
    chart.data = next.data;
    chart.options = next.options ?? {};
    const name = select.value === 'uln' ? strings.allUln : (data.series.find((s) => s.id === select.value)?.name ?? '');
    canvas.setAttribute('aria-label', interpolate(strings.canvasLabel, { analyte: name }));
    chart.update();
  };
  select.addEventListener('change', update);
  // Follow the theme switch and the system theme.
  new MutationObserver(update).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', update);
  root.dataset['ready'] = 'true';
}
