/**
 * Draws the lab chart inside a <lab-chart> element. Imported only when the chart scrolls into view; registers
 * just the Chart.js parts a line chart with a category and a linear or log axis needs.
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
  type ChartDataset,
  type ChartType,
  type Plugin,
} from 'chart.js';
import type { ChartData, ChartSeries } from '../lib/lab-chart-data.ts';
import { interpolate } from '../lib/interpolate.ts';

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

type Strings = Record<'canvasLabel' | 'allUln' | 'ulnAxis' | 'censored' | 'censoredLegend', string>;
interface Band {
  low: number;
  high: number;
}
interface Options {
  band: Band | null;
  events: ChartData['events'];
  /** Resolved by update() when the theme changes, not on every animation frame. */
  colors: { band: string; event: string };
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    annotations?: Options & { _type?: TType };
  }
}

/** The theme's colours as canvas can use them: tokens are light-dark() pairs, so resolve each through a probe. */
function palette() {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const get = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const colors = {
    text: get('--color-text'),
    muted: get('--color-text-muted'),
    grid: get('--color-border'),
    band: get('--color-band'),
    event: get('--color-accent'),
    series: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => get(`--color-series-${i}`)),
  };
  probe.remove();
  return colors;
}

/** Shades the reference range and marks the treatment events: drawn under the data, never as data. */
const annotations: Plugin<'line', Options> = {
  id: 'annotations',
  beforeDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea, scales } = chart;
    const x = scales['x'];
    const y = scales['y'];
    if (!x || !y) return;
    const { colors } = options;
    ctx.save();
    if (options.band) {
      const top = Math.max(y.getPixelForValue(options.band.high), chartArea.top);
      const bottom = Math.min(y.getPixelForValue(options.band.low), chartArea.bottom);
      ctx.fillStyle = colors.band;
      if (options.band.low === options.band.high) ctx.fillRect(chartArea.left, top - 1, chartArea.width, 2);
      else ctx.fillRect(chartArea.left, top, chartArea.width, bottom - top);
    }
    ctx.strokeStyle = colors.event;
    ctx.fillStyle = colors.event;
    ctx.setLineDash([4, 4]);
    ctx.font = '12px system-ui, sans-serif';
    ctx.textAlign = 'center';
    // Neighbouring events alternate between two label rows so their names never overlap.
    options.events.forEach((event, i) => {
      const px = x.getPixelForValue(event.position);
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      ctx.fillText(event.label, px, chartArea.top - 6 - (i % 2) * 15);
    });
    ctx.restore();
  },
};

function datasets(series: ChartSeries[], uln: boolean, colors: ReturnType<typeof palette>, strings: Strings) {
  const sets: ChartDataset<'line', (number | null)[]>[] = series.map((s, i) => {
    const color = colors.series[i % colors.series.length] ?? colors.text;
    return {
      label: uln ? s.name : `${s.name} (${s.unit})`,
      data: s.points.map((p) => (uln ? p.uln : p.y)),
      borderColor: color,
      backgroundColor: s.points.map((p) => (p.censored ? 'transparent' : color)),
      pointStyle: s.points.map((p) => (p.censored ? 'triangle' : 'circle')),
      pointRotation: s.points.map((p) => (p.censored === '<' || p.censored === '≤' ? 180 : 0)),
      pointRadius: s.points.map((p) => (p.censored ? 8 : 4)),
      pointBorderWidth: s.points.map((p) => (p.censored ? 2 : 1)),
      spanGaps: false,
      tension: 0,
    };
  });
  // A legend entry that explains the hollow triangles; it has no data.
  if (series.some((s) => s.points.some((p) => p.censored)))
    sets.push({
      label: strings.censoredLegend,
      data: [],
      borderColor: colors.muted,
      backgroundColor: 'transparent',
      pointStyle: 'triangle',
    });
  return sets;
}

/** Renders the chart into `root` and wires its analyte selector. */
export function render(root: HTMLElement): void {
  const data = JSON.parse(root.dataset['chart'] ?? '{}') as ChartData;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const canvas = root.querySelector('canvas');
  const select = root.querySelector('select');
  const controls = root.querySelector<HTMLElement>('.chart-controls');
  const status = root.querySelector<HTMLElement>('.chart-status');
  if (!canvas || !select || !controls) return;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const number = new Intl.NumberFormat(data.locale, { maximumSignificantDigits: 3 });
  let colors = palette();
  let selected = select.value;

  const config = () => {
    const uln = selected === 'uln';
    const shown = uln ? data.series : data.series.filter((s) => s.id === selected);
    const one = shown[0];
    return { uln, shown, band: uln ? { low: 1, high: 1 } : one ? { low: one.low, high: one.high } : null };
  };

  /** The axes for what is shown, with headroom above the highest value so a censored "> 1000" is not cut off. */
  const scales = (next: ReturnType<typeof config>) => {
    const style = { ticks: { color: colors.text }, grid: { color: colors.grid } };
    const values = next.shown.flatMap((s) => s.points.map((p) => (next.uln ? p.uln : p.y)));
    const top = Math.max(...values.filter((v): v is number => v !== null), next.band?.high ?? 0);
    return {
      x: { type: 'category' as const, offset: true, ...style },
      y: next.uln
        ? {
            type: 'logarithmic' as const,
            suggestedMax: top * 3,
            title: { display: true, text: strings.ulnAxis, color: colors.text },
            ...style,
          }
        : { type: 'linear' as const, beginAtZero: true, suggestedMax: top * 1.15, ...style },
    };
  };

  const initial = config();
  const chart = new Chart<'line', (number | null)[], string | string[]>(canvas, {
    type: 'line',
    data: { labels: data.timepoints, datasets: datasets(initial.shown, initial.uln, colors, strings) },
    options: {
      locale: data.locale,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 250 },
      layout: { padding: { top: 34 } },
      interaction: { mode: 'nearest', intersect: false },
      scales: scales(initial),
      plugins: {
        legend: { position: 'bottom', labels: { color: colors.text, usePointStyle: true, boxWidth: 8, boxHeight: 8 } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const series = config().shown[item.datasetIndex];
              const point = series?.points[item.dataIndex];
              if (!series || !point) return '';
              const value = point.censored ? interpolate(strings.censored, { value: point.display }) : point.display;
              const multiple = config().uln && point.uln !== null ? ` (×${number.format(point.uln)})` : '';
              return `${series.name}: ${value} ${series.unit}${multiple}`;
            },
          },
        },
        annotations: { band: initial.band, events: data.events, colors },
      },
    },
    plugins: [annotations],
  });

  const update = () => {
    const next = config();
    colors = palette();
    chart.data.datasets = datasets(next.shown, next.uln, colors, strings);
    chart.options.scales = scales(next);
    const plugins = chart.options.plugins;
    if (plugins) {
      plugins.annotations = { band: next.band, events: data.events, colors };
      if (plugins.legend?.labels) plugins.legend.labels.color = colors.text;
    }
    const name = next.uln ? strings.allUln : (next.shown[0]?.name ?? '');
    canvas.setAttribute('aria-label', interpolate(strings.canvasLabel, { analyte: name }));
    chart.update();
  };

  select.addEventListener('change', () => {
    selected = select.value;
    update();
  });
  // Follow the theme switch and the system theme.
  new MutationObserver(update).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', update);
  controls.hidden = false;
  if (status) status.hidden = true;
  root.dataset['ready'] = 'true';
}
