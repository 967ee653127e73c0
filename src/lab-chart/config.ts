/**
 * The lab chart's Chart.js configuration, shared by the island (src/lab-chart/island.ts, in the browser)
 * and the static picture drawn at build time (src/lab-chart/svg.ts), so both show the same data on the same
 * scales: the reference band, the treatment and discharge markers, censored values as hollow triangles and
 * missing values as gaps.
 */
import type { ChartConfiguration, ChartDataset, ChartType, Plugin } from 'chart.js';
import { interpolate } from '../i18n/interpolate.ts';
import { valueAxis } from './axis.ts';
import type { ChartData, ChartSeries } from './data.ts';
import type { ColorName } from '../site/tokens.ts';

/** The theme's colours, as the canvas draws them. */
export interface Palette {
  text: string;
  muted: string;
  grid: string;
  band: string;
  event: string;
  series: string[];
}

/** A colour token as a custom property: "--color-text" (src/site/tokens.ts declares them). */
type TokenProperty = `--${ColorName}`;

/** The custom properties each colour of the palette comes from. */
export const PALETTE_TOKENS: Record<keyof Omit<Palette, 'series'>, TokenProperty> & { series: TokenProperty[] } = {
  text: '--color-text',
  muted: '--color-text-muted',
  grid: '--color-border',
  band: '--color-band',
  event: '--color-accent',
  series: ([1, 2, 3, 4, 5, 6, 7, 8] as const).map((i) => `--color-series-${i}` as const),
};

export type ChartStrings = Record<'canvasLabel' | 'allUln' | 'ulnAxis' | 'censored' | 'censoredLegend', string>;

interface Band {
  low: number;
  high: number;
}
export interface AnnotationOptions {
  band: Band | null;
  events: ChartData['events'];
  colors: { band: string; event: string };
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    annotations?: AnnotationOptions & { _type?: TType };
  }
}

/** Shades the reference range and marks the treatment events: drawn under the data, never as data. */
export const annotations: Plugin<'line', AnnotationOptions> = {
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

/** What the chart shows: one analyte by id, or every analyte as multiples of its upper limit ("uln"). */
export function shown(data: ChartData, selected: string) {
  const uln = selected === 'uln';
  const series = uln ? data.series : data.series.filter((s) => s.id === selected);
  const one = series[0];
  return { uln, series, band: uln ? { low: 1, high: 1 } : one ? { low: one.low, high: one.high } : null };
}

function datasets(series: ChartSeries[], uln: boolean, colors: Palette, strings: ChartStrings) {
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

/**
 * The axes for what is shown: an analyte's value axis is the panels' (src/lab-chart/axis.ts), in more steps for the
 * larger picture, with headroom above the highest value so a censored "> 1000" is not cut off; all analytes as
 * multiples of their upper limit share a logarithmic one.
 */
function scales(view: ReturnType<typeof shown>, colors: Palette, strings: ChartStrings) {
  const style = { ticks: { color: colors.text }, grid: { color: colors.grid } };
  const values = view.series
    .flatMap((s) => s.points.map((p) => (view.uln ? p.uln : p.y)))
    .filter((v): v is number => v !== null);
  const top = Math.max(...values, view.band?.high ?? 0);
  const axis = valueAxis(values, view.band?.high ?? 0, 5);
  return {
    x: { type: 'category' as const, offset: true, ...style },
    y: view.uln
      ? {
          type: 'logarithmic' as const,
          suggestedMax: top * 3,
          title: { display: true, text: strings.ulnAxis, color: colors.text },
          ...style,
        }
      : {
          type: 'linear' as const,
          min: 0,
          max: axis.max,
          ...style,
          ticks: { ...style.ticks, stepSize: axis.step },
        },
  };
}

export interface ConfigOptions {
  colors: Palette;
  strings: ChartStrings;
  animate?: boolean;
  /** Formats a multiple of the upper limit in the tooltip. */
  number?: Intl.NumberFormat;
}

/** The whole Chart.js configuration for one view of the data. */
export function chartConfig(
  data: ChartData,
  selected: string,
  { colors, strings, animate = false, number }: ConfigOptions,
): ChartConfiguration<'line', (number | null)[], string> {
  const view = shown(data, selected);
  return {
    type: 'line',
    data: { labels: data.timepoints, datasets: datasets(view.series, view.uln, colors, strings) },
    options: {
      locale: data.locale,
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 250 } : false,
      layout: { padding: { top: 34, right: 0 } },
      interaction: { mode: 'nearest', intersect: false },
      scales: scales(view, colors, strings),
      plugins: {
        legend: { position: 'bottom', labels: { color: colors.text, usePointStyle: true, boxWidth: 8, boxHeight: 8 } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const series = view.series[item.datasetIndex];
              const point = series?.points[item.dataIndex];
              if (!series || !point) return '';
              const value = point.censored ? interpolate(strings.censored, { value: point.display }) : point.display;
              const multiple = view.uln && point.uln !== null && number ? ` (×${number.format(point.uln)})` : '';
              return `${series.name}: ${value} ${series.unit}${multiple}`;
            },
          },
        },
        annotations: { band: view.band, events: data.events, colors },
      },
    },
    plugins: [annotations],
  };
}
