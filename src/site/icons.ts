/** The site's icon, drawn from public/favicon.svg at build time in the other sizes and formats browsers ask for. */
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

/** A PNG of the icon, `size` pixels square. `fullBleed` squares the corners, for platforms that round their own. */
export function iconPng(svg: string, size: number, options: { fullBleed?: boolean } = {}): Buffer {
  const source = options.fullBleed ? svg.replace(/\s rx="[^"]*"/, '') : svg;
  return new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** A favicon.ico holding the icon at 16, 32 and 48 pixels. */
export function iconIco(svg: string): Promise<Buffer> {
  return pngToIco([16, 32, 48].map((size) => iconPng(svg, size)));
}

/**
 * An SVG as a `data:` URL that is a valid URL: whitespace collapsed to one space, double quotes made single, then
 * percent-encoded only what a URL may not hold (the space, the controls XML allows besides whitespace, `<`, `>`, `[`,
 * `\`, `]`, `^`, the backtick, `{`, `|`, `}`) or would read otherwise (`%`, `#`, `?`). Readable, and shorter than
 * encodeURIComponent's.
 */
export function svgDataUrl(svg: string): string {
  const encoded = svg
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/"/g, "'")
    .replace(/[ %#<>?[\\\]^`{|}\x7F-\x9F]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `data:image/svg+xml,${encoded}`;
}
