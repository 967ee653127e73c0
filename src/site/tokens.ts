/**
 * The site's design tokens, in one place: the stylesheet's custom properties (written into global.css at build time
 * by src/integrations/tokens-css.ts), the browser's theme colour (src/site/theme.ts), the share card, the lab chart's
 * static panels and the PDF's colours all read them from here, so none of them copies a value or parses CSS.
 * Each colour has a light and a dark value; the CSS pairs them with light-dark(), which follows the colour scheme
 * (the system's, or the reader's choice stored as <html data-theme>).
 */

/** A colour: `#rrggbb`, or `rgb(r g b / a)` for a translucent one. */
type Color = `#${string}` | `rgb(${string})`;
interface ColorToken {
  light: Color;
  dark: Color;
}

export const COLORS = {
  'color-bg': { light: '#ffffff', dark: '#15181b' },
  'color-surface': { light: '#f4f6f7', dark: '#1f2428' },
  'color-text': { light: '#1a1c1e', dark: '#e8eaed' },
  'color-text-muted': { light: '#4a5158', dark: '#b0b8c0' },
  'color-border': { light: '#d3d8dc', dark: '#3a4249' },
  'color-accent': { light: '#0b5563', dark: '#7fcbd8' },
  'color-accent-bg': { light: '#e3f0f2', dark: '#1b3237' },
  'color-highlight': { light: '#fff4c2', dark: '#3b3514' },
  'color-high': { light: '#a3161a', dark: '#ff9b94' },
  'color-low': { light: '#1b4f8a', dark: '#93bdf7' },
  'color-band': { light: 'rgb(11 85 99 / 0.13)', dark: 'rgb(127 203 216 / 0.17)' },
  'color-series-1': { light: '#0b5563', dark: '#7fcbd8' },
  'color-series-2': { light: '#b3470d', dark: '#f5a06a' },
  'color-series-3': { light: '#6b3fa0', dark: '#c3a6ee' },
  'color-series-4': { light: '#2f7d32', dark: '#8fd18f' },
  'color-series-5': { light: '#a3161a', dark: '#ff9b94' },
  'color-series-6': { light: '#1b4f8a', dark: '#93bdf7' },
  'color-series-7': { light: '#7a5c00', dark: '#e6c65c' },
  'color-series-8': { light: '#4a5158', dark: '#c2c9cf' },
} as const satisfies Record<string, ColorToken>;

export type ColorName = keyof typeof COLORS;

/** The font stacks: the system's own UI and serif faces (no web fonts). */
export const FONTS = {
  'font-sans': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  'font-serif': "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
} as const;

export type FontName = keyof typeof FONTS;

/** Sizes that are not colours. */
export const SIZES = { measure: '44rem', radius: '6px' } as const;

/** The CSS value of a colour token: a light-dark() pair. */
export const cssColor = (name: ColorName) => `light-dark(${COLORS[name].light}, ${COLORS[name].dark})`;

/**
 * A `:root` rule that declares the named tokens (all of them by default) and `color-scheme: light dark`: what
 * global.css starts with, and what the lab chart's SVG sheet carries so that it paints with the page's colours.
 */
export function rootRule(
  names: readonly (ColorName | FontName | keyof typeof SIZES)[] = [
    ...(Object.keys(FONTS) as FontName[]),
    ...(Object.keys(COLORS) as ColorName[]),
    ...(Object.keys(SIZES) as (keyof typeof SIZES)[]),
  ],
): string {
  const value = (name: (typeof names)[number]) =>
    name in COLORS
      ? cssColor(name as ColorName)
      : name in FONTS
        ? FONTS[name as FontName]
        : SIZES[name as keyof typeof SIZES];
  return `:root{color-scheme:light dark;${names.map((name) => `--${name}:${value(name)}`).join(';')}}`;
}

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/**
 * A colour's light (or dark) value as `#rrggbb`, or `#rrggbbaa` when it is translucent: the form Typst and the
 * share card read.
 */
export function hexColor(name: ColorName, scheme: 'light' | 'dark' = 'light'): string {
  const value: Color = COLORS[name][scheme];
  if (value.startsWith('#')) return value.toLowerCase();
  const [r, g, b, a] = value
    .slice(4, -1)
    .split(/[\s/]+/)
    .filter(Boolean)
    .map(Number);
  if ([r, g, b].some((c) => c === undefined || Number.isNaN(c))) throw new Error(`--${name}: "${value}" is not rgb()`);
  return `#${[r, g, b].map((c) => hex2(c ?? 0)).join('')}${a === undefined ? '' : hex2(a * 255)}`;
}
