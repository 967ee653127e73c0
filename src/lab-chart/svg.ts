/**
 * The lab chart as a static picture: one small panel per analyte, drawn at build time straight from the chart data
 * (data.ts, the data the island and the PDF read) as SVG elements, so nothing is rewritten afterwards. A panel has
 * the island's marks (config.ts) on the value axis every picture of the chart shares (axis.ts): the reference band,
 * the treatment and discharge markers (dashed), the values as round points joined by a line, censored values as
 * hollow triangles (pointing down for "≤"/"<"), and a gap where a value is missing. Colours are CSS classes painted
 * with the site's tokens (src/site/tokens.ts, copied into the picture as light-dark() pairs), so the picture follows
 * the page's theme.
 * The panels of one language make one SVG file, a view per panel, that the page shows as images: it needs no
 * JavaScript, and it costs the page's first load nothing.
 */
import type { Element, ElementContent } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { tickLabel, timepointMarker, valueAxis, type ValueAxis } from './axis.ts';
import { PALETTE_TOKENS } from './config.ts';
import type { ChartData, ChartSeries } from './data.ts';
import { rootRule, type ColorName } from '../site/tokens.ts';

export const PANEL = { width: 170, height: 110 };

/**
 * Where a panel draws its data, in its own pixels: room on the left for the value axis' labels ("1,000"), below for
 * the time points' markers, "(1)" to "(4)".
 */
export const PLOT = { left: 34, right: 166, top: 9, bottom: 92 } as const;
const TICK_FONT = 10;
// The island's point sizes (lab-chart-config.ts): a round point of radius 4 with a 1 px border, a triangle of 8.
const POINT_RADIUS = 4.5;
const TRIANGLE_RADIUS = 8;

/** The colour of a panel's series: each panel shows one analyte, as the island does when one is selected. */
const PANEL_COLOR = PALETTE_TOKENS.series[0] ?? PALETTE_TOKENS.text;

/** Token names without their dashes: "--color-series-1" → "color-series-1". */
const tokenName = (token: string) => token.replace(/^--/, '') as ColorName;
/** The CSS class that paints `fill` or `stroke` with a token: "fill-color-text". */
const tokenClass = (property: 'fill' | 'stroke', token: string) => `${property}-${tokenName(token)}`;

/** One decimal: the same picture, in fewer bytes. */
const r1 = (n: number) => Math.round(n * 10) / 10;

/** The three corners of a triangle around (cx, cy), pointing up, or down when `down`. */
function triangle(cx: number, cy: number, radius: number, down: boolean): string {
  const start = down ? Math.PI : 0;
  const corners = [0, 1, 2].map((i) => {
    const angle = start + (i * 2 * Math.PI) / 3;
    return `${r1(cx + Math.sin(angle) * radius)} ${r1(cy - Math.cos(angle) * radius)}`;
  });
  return `M${corners.join('L')}Z`;
}

/** A panel's coordinates: where a time point and a value stand in the plot. */
interface Frame {
  px: (position: number) => number;
  py: (value: number) => number;
  axis: ValueAxis;
}

function frameOf(data: ChartData, series: ChartSeries): Frame {
  const { left, right, top, bottom } = PLOT;
  // Categories with half a step of room at each end, as the island's category axis (`offset: true`) has them.
  const step = (right - left) / Math.max(data.timepoints.length, 1);
  const axis = valueAxis(
    series.points.flatMap((p) => (p.y === null ? [] : [p.y])),
    series.high,
  );
  return {
    px: (position) => r1(left + (position + 0.5) * step),
    py: (value) => r1(bottom - (Math.min(value, axis.max) / axis.max) * (bottom - top)),
    axis,
  };
}

/** The grid (a line per tick and per time point) and the axes' own lines, left and bottom. */
function grid(data: ChartData, { px, py, axis }: Frame): Element {
  const { left, right, top, bottom } = PLOT;
  const lines = [
    ...axis.ticks.map((tick) => `M${left} ${py(tick)}H${right}`),
    ...data.timepoints.map((_, i) => `M${px(i)} ${top}V${bottom}`),
    `M${left} ${top}V${bottom}H${right}`,
  ];
  return x('path', { class: tokenClass('stroke', PALETTE_TOKENS.grid), fill: 'none', d: lines.join('') });
}

/** The reference range as a band (a thin one when the range is one value). */
function band(series: ChartSeries, { py }: Frame): Element {
  const { left, right } = PLOT;
  const [bandTop, bandBottom] = [py(series.high), py(series.low)];
  const flat = bandTop === bandBottom;
  return x('rect', {
    class: tokenClass('fill', PALETTE_TOKENS.band),
    x: left,
    y: flat ? r1(bandTop - 1) : bandTop,
    width: right - left,
    height: flat ? 2 : r1(bandBottom - bandTop),
  });
}

/** The values: a line broken where a value is missing, round points, hollow triangles for censored values. */
function values(series: ChartSeries, { px, py }: Frame): Element {
  const runs: string[][] = [[]];
  series.points.forEach((point, i) => {
    if (point.y === null) runs.push([]);
    else runs.at(-1)?.push(`${px(i)} ${py(point.y)}`);
  });
  const lines = runs.filter((run) => run.length > 1).map((run) => `M${run.join('L')}`);
  const points = series.points.flatMap((point, i) => {
    if (point.y === null) return [];
    const [cx, cy] = [px(i), py(point.y)];
    if (!point.censored) return [x('circle', { cx, cy, r: POINT_RADIUS })];
    return [
      x('path', {
        class: `censored ${tokenClass('stroke', PANEL_COLOR)}`,
        'data-censored': point.censored,
        d: triangle(cx, cy, TRIANGLE_RADIUS, point.censored === '<' || point.censored === '≤'),
      }),
    ];
  });
  return x(
    'g',
    { class: tokenClass('stroke', PANEL_COLOR), 'data-series': series.id },
    ...lines.map((d) => x('path', { class: 'line', d })),
    x('g', { class: tokenClass('fill', PANEL_COLOR) }, ...points),
  );
}

/** The tick labels, and the time points' markers under the axis. */
function labels(data: ChartData, { px, py, axis }: Frame): Element {
  const { left, bottom } = PLOT;
  return x(
    'g',
    { class: tokenClass('fill', PALETTE_TOKENS.text), 'font-size': TICK_FONT },
    x(
      'g',
      { 'text-anchor': 'end' },
      ...axis.ticks.map((tick) =>
        x('text', { x: left - 4, y: r1(py(tick) + TICK_FONT * 0.35) }, tickLabel(tick, axis, data.locale)),
      ),
    ),
    x(
      'g',
      { 'text-anchor': 'middle' },
      ...data.timepoints.map((_, i) => x('text', { x: px(i), y: bottom + 3 + TICK_FONT }, timepointMarker(i))),
    ),
  );
}

/** One analyte's panel: its elements, in a `width` × `height` box whose origin is the top left corner. */
export function panelElements(data: ChartData, series: ChartSeries): ElementContent[] {
  const frame = frameOf(data, series);
  const { top, bottom } = PLOT;
  return [
    grid(data, frame),
    band(series, frame),
    x('path', {
      class: tokenClass('stroke', PALETTE_TOKENS.event),
      fill: 'none',
      'stroke-dasharray': '4 4',
      d: data.events.map((event) => `M${frame.px(event.position)} ${top}V${bottom}`).join(''),
    }),
    values(series, frame),
    labels(data, frame),
  ];
}

/** The fragment that shows one analyte's panel of the sheet: `lab-chart-en.svg#panel-crp`. */
export const panelView = (analyte: string) => `panel-${analyte}`;

/** The colour tokens the panels paint with (a panel shows one series, in the first series colour). */
const SHEET_COLORS = [
  ...new Set(
    [PALETTE_TOKENS.text, PALETTE_TOKENS.grid, PALETTE_TOKENS.band, PALETTE_TOKENS.event, PANEL_COLOR].map(tokenName),
  ),
];

/**
 * Every analyte's panel in one SVG file, stacked, with a view per panel (`#panel-<analyte>`). The picture carries
 * the colour tokens (light-dark() pairs, which follow the colour scheme of the page that shows it) and the classes
 * that paint with them.
 */
export function panelSheet(data: ChartData): string {
  const { width, height } = PANEL;
  const classRules = SHEET_COLORS.flatMap((token) =>
    (['fill', 'stroke'] as const).map((property) => `.${tokenClass(property, token)}{${property}:var(--${token})}`),
  );
  const style = [
    rootRule(['font-sans', 'color-bg', ...SHEET_COLORS]),
    // Its own background, in the same colour as the page's: legible even where a browser does not give the image
    // the page's colour scheme (the panels then follow the system's, on a background that matches them).
    ':root{background:var(--color-bg)}',
    'text{font-family:var(--font-sans)}',
    // The island's line width and censored markers (lab-chart-config.ts): a 3 px line, triangles outlined in 2 px.
    '.line{fill:none;stroke-width:3}',
    '.censored{fill:none;stroke-width:2}',
    'circle{stroke:none}',
    ...classRules,
  ].join('');
  const sheet: Element = x(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height * data.series.length}` },
    x('style', style),
    ...data.series.map((series, i) =>
      x('view', { id: panelView(series.id), viewBox: `0 ${i * height} ${width} ${height}` }),
    ),
    ...data.series.map((series, i) =>
      x('svg', { y: i * height, width, height, viewBox: `0 0 ${width} ${height}` }, ...panelElements(data, series)),
    ),
  );
  return toXml(sheet, { closeEmptyElements: true });
}
