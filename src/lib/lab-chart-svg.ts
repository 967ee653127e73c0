/**
 * The lab chart as a static picture, drawn at build time with the island's own Chart.js configuration
 * (lab-chart-config.ts) on a canvas that writes SVG (@napi-rs/canvas, whose binaries come from the npm registry).
 * One small panel per analyte. Colours are drawn as placeholders and then handed to CSS classes, painted with the
 * site's colour tokens (copied from global.css into the picture), so the picture follows the page's theme. The
 * panels of one language make one SVG file, a view per panel, that the page shows as images: it needs no
 * JavaScript, and it costs the page's first load nothing.
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

export const PANEL = { width: 170, height: 110 };

/** One analyte's panel as SVG markup (no XML declaration), `width` × `height` CSS pixels. */
export function panelSvg(
  data: ChartData,
  analyte: string,
  strings: ChartStrings,
  width = PANEL.width,
  height = PANEL.height,
): string {
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

/** The fragment that shows one analyte's panel of the sheet: `lab-chart-en.svg#panel-crp`. */
export const panelView = (analyte: string) => `panel-${analyte}`;

/**
 * The declarations of the named custom properties (and `color-scheme`) in a stylesheet's first `:root` rule, as
 * one `:root` rule: the colour tokens, from the stylesheet that defines them. Fails if a token is missing.
 */
export function rootTokens(css: string, names: string[]): string {
  const root = /(?:^|\})\s*:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1];
  if (root === undefined) throw new Error('The stylesheet has no :root rule with the colour tokens.');
  const declarations = new Map(
    root
      .split(';')
      .map((declaration) => declaration.trim().split(/\s*:\s*/, 2) as [string, string | undefined])
      .filter((pair): pair is [string, string] => pair[1] !== undefined)
      .map(([name, value]) => [name, value.replace(/\s+/g, ' ')]),
  );
  const wanted = ['color-scheme', ...names];
  const missing = wanted.filter((name) => !declarations.has(name));
  if (missing.length) throw new Error(`The stylesheet's :root rule has no ${missing.join(', ')}.`);
  return `:root{${wanted.map((name) => `${name}:${declarations.get(name)}`).join(';')}}`;
}

/**
 * Every analyte's panel in one SVG file, stacked, with a view per panel (`#panel-<analyte>`). `tokens` is the
 * `:root` rule that defines the colours and the font (see rootTokens); the picture paints with them, and their
 * `light-dark()` pairs follow the colour scheme of the page that shows it. Ids are made unique per panel.
 */
export function panelSheet(data: ChartData, strings: ChartStrings, tokens: string): string {
  const { width, height } = PANEL;
  const classRules = [...new Set(TOKEN_OF.values())].flatMap((token) =>
    (['fill', 'stroke'] as const).map((property) => `.${tokenClass(property, token)}{${property}:var(${token})}`),
  );
  const panels = data.series.map((series, i) => {
    const inner = panelSvg(data, series.id, strings)
      .replace(/^<svg\b[^>]*>/, '')
      .replace(/<\/svg>$/, '')
      .replace(/\sid="([^"]+)"/g, ` id="p${i}-$1"`)
      .replace(/url\(#([^)]+)\)/g, `url(#p${i}-$1)`)
      .replace(/href="#([^"]+)"/g, `href="#p${i}-$1"`);
    return {
      view: `<view id="${panelView(series.id)}" viewBox="0 ${i * height} ${width} ${height}"/>`,
      svg: `<svg y="${i * height}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${inner}</svg>`,
    };
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height * panels.length}">`,
    // Its own background, in the same colour as the page's: legible even where a browser does not give the image
    // the page's colour scheme (the panels then follow the system's, on a background that matches them).
    `<style>${tokens}:root{background:var(--color-bg)}text{font-family:var(--font-sans)}${classRules.join('')}</style>`,
    ...panels.map((panel) => panel.view),
    ...panels.map((panel) => panel.svg),
    '</svg>',
  ].join('');
}

/** The tokens the panels paint with, their background and the font: what the sheet's `:root` rule must define. */
export const SHEET_TOKENS = ['--font-sans', '--color-bg', ...new Set(TOKEN_OF.values())];
