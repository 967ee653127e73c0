/**
 * The lab chart as a static picture, drawn at build time with the island's own Chart.js configuration
 * (lab-chart-config.ts) on a canvas that writes SVG (@napi-rs/canvas, whose binaries come from the npm registry).
 * One small panel per analyte. Colours are drawn as placeholders and then handed to CSS classes, so the picture
 * follows the page's theme through the colour tokens; text uses the page's font. It needs neither JavaScript nor
 * the network.
 */
import { createCanvas, SvgExportFlag } from '@napi-rs/canvas';
import {
  BasicPlatform,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
} from 'chart.js';
import { chartConfig, PALETTE_TOKENS, type ChartStrings, type Palette } from './lab-chart-config.ts';
import type { ChartData } from './lab-chart-data.ts';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);

// Placeholder colours, one per token, that nothing else draws with.
const TOKEN_OF = new Map<string, string>();
const placeholder = (token: string) => {
  const hex = `#0102${(TOKEN_OF.size + 1).toString(16).padStart(2, '0')}`;
  TOKEN_OF.set(hex, token);
  return hex;
};
const PLACEHOLDERS: Palette = {
  text: placeholder(PALETTE_TOKENS.text),
  muted: placeholder(PALETTE_TOKENS.muted),
  grid: placeholder(PALETTE_TOKENS.grid),
  band: placeholder(PALETTE_TOKENS.band),
  event: placeholder(PALETTE_TOKENS.event),
  series: PALETTE_TOKENS.series.map(placeholder),
};

/** The CSS class that paints `fill` or `stroke` with a token: "fill-color-text" (LabChart.astro styles them). */
const tokenClass = (property: 'fill' | 'stroke', token: string) => `${property}-${token.replace(/^--/, '')}`;

/** Rounds the coordinates of an SVG fragment to one decimal: the same picture, in fewer bytes. */
const round = (text: string) => text.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));

/**
 * A round point marker: the canvas writes a circle as a path of many curves; SVG has a word for it. Returns the
 * circle's attributes, or null when the path is not a circle.
 */
function asCircle(d: string): string | null {
  if (!/^M[\d. -]+(Q[\d. -]+){8,}Z?$/.test(d)) return null;
  const numbers = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const r = (right - left) / 2;
  if (Math.abs(bottom - top - 2 * r) > 0.5) return null;
  const fixed = (n: number) => Math.round(n * 10) / 10;
  return `cx="${fixed(left + r)}" cy="${fixed(top + r)}" r="${fixed(r)}"`;
}

/** Moves placeholder colours into classes, drops the drawing font and per-glyph positions, and rounds numbers. */
function cleanUp(svg: string): string {
  return svg
    .replace(/^<\?xml[^>]*>/, '')
    .replace(/<path\b([^>]*?)\sd="([^"]*)"([^>]*)>/g, (tag, before: string, d: string, after: string) => {
      const circle = asCircle(d);
      return circle ? `<circle${before} ${circle}${after}>` : tag;
    })
    .replace(/<[a-z]+\b[^>]*>/gi, (tag) => {
      const classes: string[] = [];
      let out = tag.replace(/\s(fill|stroke)="(#0102[0-9a-f]{2})"/gi, (_, property: 'fill' | 'stroke', hex: string) => {
        const token = TOKEN_OF.get(hex.toLowerCase());
        if (token) classes.push(tokenClass(property, token));
        return '';
      });
      out = out
        .replace(/\sfont-family="[^"]*"/, '')
        .replace(/\s(x|y)="([^",]*),[^"]*"/g, ' $1="$2"')
        .replace(/\s(stroke-miterlimit)="10"/g, '');
      return classes.length ? out.replace(/^<([a-z]+)/i, `<$1 class="${classes.join(' ')}"`) : out;
    })
    .replace(/<text\b[^>]*>\s*<\/text>/g, '')
    .replace(/(\sd|\stransform|\sx|\sy|\swidth|\sheight|\spoints)="[^"]*"/g, round);
}

/** One analyte's panel as SVG markup (no XML declaration), `width` × `height` CSS pixels. */
export function panelSvg(data: ChartData, analyte: string, strings: ChartStrings, width = 170, height = 110): string {
  const canvas = createCanvas(width, height, SvgExportFlag.NoPrettyXML);
  const config: ChartConfiguration<'line', (number | null)[], string> = {
    ...chartConfig(data, analyte, { colors: PLACEHOLDERS, strings, compact: true }),
    platform: BasicPlatform,
  };
  // Without animation, the chart draws once, as it is made.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  const svg = canvas.getContent().toString('utf8');
  chart.destroy();
  return cleanUp(svg).replace(/^<svg\b/, `<svg viewBox="0 0 ${width} ${height}"`);
}
